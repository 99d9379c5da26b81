package org.eventtimeline.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.report.ReportFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCsvWriterTests {

    private static final String HEADER = "event_id,event_date,end_date,date_precision,date_text,event_type,actors,"
            + "locations,country,killed,injured,missing,abducted,casualty_text,source,article_id,line,evidence,"
            + "confidence,arrested";
    private static Locale saved;

    @TempDir
    Path dir;

    private final EventCsvWriter writer = new EventCsvWriter();

    @BeforeAll
    static void fixLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a decimal comma must not leak into the file
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void startsWithABomAndTheExactHeaderEndedByCrlf() throws IOException {
        // given no events
        Path target = dir.resolve("events.csv");
        // when written
        writer.write(target, List.of());
        // then the bytes are the UTF-8 BOM, the contract header and CRLF, nothing more
        byte[] bytes = Files.readAllBytes(target);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(HEADER + "\r\n");
        assertThat(EventCsvRow.HEADER).hasSize(20).endsWith("confidence", "arrested");
    }

    @Test
    void writesOneRowPerEventWithRfc4180Quoting() throws IOException {
        // given an attack whose evidence has a comma, quotes and a line break
        Path target = dir.resolve("events.csv");
        // when written
        writer.write(target, List.of(ReportFixtures.attack()));
        // then the row quotes the evidence, doubles its quotes and keeps the line break inside the quotes
        String text = content(target);
        assertThat(text).isEqualTo(HEADER + "\r\n"
                + "e1,2025-03-28,,DAY,on Friday,ATTACK,Hamas; Benjamin Netanyahu,Gaza City,Palestine,3,0,,,"
                + "three people,news.txt,,4,\"He said, \"\"stay inside\"\"\nthen left.\",0.90,\r\n");
    }

    @Test
    void neutralisesAFormulaInTheEvidence() throws IOException {
        // given a protest whose evidence starts with =HYPERLINK(...)
        Path target = dir.resolve("events.csv");
        // when written
        writer.write(target, List.of(ReportFixtures.protest()));
        // then the evidence cell starts with a single quote, so no spreadsheet evaluates it
        String[] row = rows(target).get(1);
        assertThat(row[17]).isEqualTo("'" + ReportFixtures.FORMULA);
        assertThat(content(target)).contains(
                ",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\") said 3 people were killed in Paris\",0.75,12\r\n");
        assertThat(row[6]).isEqualTo("Hamas");
        assertThat(row[7]).isEqualTo("Paris; Lyon");
        assertThat(row[1]).isEqualTo("2024-03");
        assertThat(row[15]).isEqualTo("a-17");
    }

    @Test
    void leavesCellsEmptyForMissingValues() throws IOException {
        // given an undated statement with no actors, places, country, casualties or article id
        Path target = dir.resolve("events.csv");
        // when written
        writer.write(target, List.of(ReportFixtures.statement()));
        // then those cells are empty and the precision says REPORTED
        assertThat(content(target)).endsWith("\r\ne3,2025-04-01,,REPORTED,,STATEMENT,,,,,,,,,news.txt,,9,"
                + "The ministry issued a statement.,0.50,\r\n");
    }

    @Test
    void readsBackAsTheSameValuesInTheGivenOrder() throws IOException {
        // given three events
        Path target = dir.resolve("events.csv");
        // when written and read back with OpenCSV
        writer.write(target, List.of(ReportFixtures.protest(), ReportFixtures.attack(), ReportFixtures.statement()));
        List<String[]> rows = rows(target);
        // then there is a header and three rows of 20 cells, in the order given
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(20));
        assertThat(rows.get(0)).containsExactly(EventCsvRow.header());
        assertThat(rows).extracting(row -> row[0]).containsExactly("event_id", "e2", "e1", "e3");
        assertThat(rows.get(2)[17]).isEqualTo(ReportFixtures.QUOTED_EVIDENCE);
    }

    @Test
    void aFailingWriteLeavesThePreviousFileUntouched() throws IOException {
        // given a good events.csv from an earlier run
        Path target = dir.resolve("events.csv");
        writer.write(target, List.of(ReportFixtures.attack()));
        byte[] previous = Files.readAllBytes(target);
        // when a later write's records fail midway
        Iterable<EventRecord> failing = () -> new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public EventRecord next() {
                if (served++ == 1) {
                    throw new IllegalStateException("reader failed");
                }
                return ReportFixtures.protest();
            }
        };
        assertThatThrownBy(() -> writer.write(target, failing)).hasMessage("reader failed");
        // then the previous file is byte-for-byte the same and no temporary file is left
        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("events.csv");
        }
    }

    private static String content(Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(target);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(Path target) throws IOException {
        try (CSVReader reader = new CSVReader(new StringReader(content(target)))) {
            return reader.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }
}
