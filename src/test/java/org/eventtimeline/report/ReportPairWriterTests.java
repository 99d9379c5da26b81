package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.report.excel.TimelineWorkbookWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPairWriterTests {

    private static Locale locale;
    private static TimeZone zone;

    @TempDir
    Path dir;

    private final ReportPairWriter writer = new ReportPairWriter(new AtomicFilePublisher(),
            new TimelineWorkbookWriter(new AtomicFilePublisher(),
                    Clock.fixed(Instant.parse("2025-04-01T06:00:00Z"), ZoneOffset.UTC)));

    @BeforeAll
    static void fixLocaleAndZone() {
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreLocaleAndZone() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    @Test
    void oneWalkOfTheEventsWritesBothFilesAndTheSummaryCountsThem() throws IOException {
        // given three events that can be walked only once
        List<EventRecord> events = List.of(ReportFixtures.attack(), ReportFixtures.protest(),
                ReportFixtures.statement());
        Iterable<EventRecord> once = onlyOnce(events.iterator());
        List<Long> counted = new ArrayList<>();

        // when
        long written = writer.write(dir.resolve("events.csv"), dir.resolve("timeline.xlsx"), once, n -> {
            counted.add(n);
            return ReportFixtures.run();
        }, ReportFixtures.skipped());

        // then the CSV has the header and three rows, the Timeline sheet three rows, in the order given
        assertThat(written).isEqualTo(3);
        assertThat(counted).containsExactly(3L);
        List<String> lines = Files.readAllLines(dir.resolve("events.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFevent_id,event_date,");
        assertThat(lines.get(1)).startsWith(events.get(0).eventId() + ",");
        try (InputStream in = Files.newInputStream(dir.resolve("timeline.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet timeline = workbook.getSheet("Timeline");
            assertThat(timeline.getLastRowNum()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(timeline.getRow(i + 1).getCell(0).getStringCellValue())
                        .isEqualTo(events.get(i).eventId());
            }
            assertThat(workbook.getSheet("Skipped").getLastRowNum()).isEqualTo(ReportFixtures.skipped().size());
        }
        assertThat(listing()).containsExactly("events.csv", "timeline.xlsx");
    }

    @Test
    void eventsThatFailHalfwayLeaveBothPreviousFilesAndNoTemporaryFile() throws IOException {
        // given yesterday's reports
        Files.writeString(dir.resolve("events.csv"), "yesterday's csv");
        Files.writeString(dir.resolve("timeline.xlsx"), "yesterday's workbook");
        Iterable<EventRecord> events = () -> new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public EventRecord next() {
                if (given++ == 0) {
                    return ReportFixtures.attack();
                }
                throw new IllegalStateException("cannot read staged event");
            }
        };

        // when the second event cannot be read
        assertThatThrownBy(() -> writer.write(dir.resolve("events.csv"), dir.resolve("timeline.xlsx"), events,
                n -> ReportFixtures.run(), List.of())).hasMessage("cannot read staged event");

        // then both files are yesterday's and nothing else is there
        assertThat(dir.resolve("events.csv")).hasContent("yesterday's csv");
        assertThat(dir.resolve("timeline.xlsx")).hasContent("yesterday's workbook");
        assertThat(listing()).containsExactly("events.csv", "timeline.xlsx");
    }

    @Test
    void aWorkbookThatCannotBeStartedIsNamedAndTheCsvStaysAsItWas() throws IOException {
        // given yesterday's CSV, and a workbook path under a regular file
        Files.writeString(dir.resolve("events.csv"), "yesterday's csv");
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file");
        Path workbook = blocker.resolve("timeline.xlsx");

        // when / then
        assertThatThrownBy(() -> writer.write(dir.resolve("events.csv"), workbook,
                List.of(ReportFixtures.attack()), n -> ReportFixtures.run(), List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + workbook + ": ");
        assertThat(dir.resolve("events.csv")).hasContent("yesterday's csv");
        assertThat(listing()).containsExactly("blocker", "events.csv");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Iterable<EventRecord> onlyOnce(Iterator<EventRecord> iterator) {
        boolean[] walked = {false};
        return () -> {
            assertThat(walked[0]).as("events walked twice").isFalse();
            walked[0] = true;
            return iterator;
        };
    }
}
