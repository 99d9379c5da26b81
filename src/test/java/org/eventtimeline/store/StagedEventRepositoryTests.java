package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.report.EventOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class StagedEventRepositoryTests {

    /** More events than two pages, staged in an order unlike the report's. */
    private static final int EVENTS = 2 * StagedRows.PAGE + 11;

    @TempDir
    Path sortRoot;

    private JdbcTemplate jdbc;
    private final List<EventRecord> night = new ArrayList<>();

    @BeforeEach
    void stage() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:staged-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        StagedEventRepository repository = new StagedEventRepository(jdbc);
        for (int i = 0; i < EVENTS; i++) {
            // dates run backwards through the file, every seventh paragraph has only its report date
            LocalDate day = LocalDate.of(2025, 3, 1).minusDays(i % 40);
            DateValue date = i % 7 == 0 ? DateValue.reported(LocalDate.of(2025, 3, 2)) : DateValue.day(day);
            night.add(new EventRecord(String.format("e%05d", EVENTS - i), date, "", EventType.ATTACK, List.of(),
                    List.of(), null, Casualties.NONE, "night.txt", null, i + 1, "Paragraph " + i + ".", 0.5));
        }
        repository.stage("run-1", night);
        repository.stage("run-2", night.subList(0, 5));
    }

    @Test
    void aRunStreamsInReportOrderThroughSortFilesAndLeavesNoneBehind() throws IOException {
        // given a repository whose sort holds about a hundred events before writing a file
        StagedEventRepository repository = new StagedEventRepository(jdbc, new SortSpace(sortRoot), 60_000);

        // when the run's events are read, twice
        List<EventRecord> first = new ArrayList<>();
        repository.streamRun("run-1").forEach(first::add);
        List<EventRecord> second = new ArrayList<>();
        repository.streamRun("run-1").forEach(second::add);

        // then both reads hold exactly the run's events in report order, undated (report-dated) ones last
        List<EventRecord> expected = new ArrayList<>(night);
        expected.sort(EventOrder.REPORT_ORDER);
        assertThat(first).hasSize(EVENTS).isEqualTo(expected).isEqualTo(second);
        assertThat(first.get(0).date()).isEqualTo(DateValue.day(LocalDate.of(2025, 3, 1).minusDays(39)));
        assertThat(first.get(EVENTS - 1).date()).isEqualTo(DateValue.reported(LocalDate.of(2025, 3, 2)));
        assertThat(repository.countRun("run-2")).isEqualTo(5);

        // and reading to the end deleted the sort files
        try (Stream<Path> files = Files.walk(sortRoot)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void closingTheSortedEventsPartWayDeletesTheirSortFiles() throws IOException {
        // given a run read through sort files, of which the reader takes ten events
        StagedEventRepository repository = new StagedEventRepository(jdbc, new SortSpace(sortRoot), 60_000);
        StagedEventRepository.SortedEvents events =
                (StagedEventRepository.SortedEvents) repository.streamRun("run-1").iterator();
        for (int i = 0; i < 10; i++) {
            events.next();
        }
        try (Stream<Path> files = Files.walk(sortRoot)) {
            assertThat(files.filter(Files::isRegularFile)).isNotEmpty();
        }

        // when the reader stops there and closes them
        events.close();

        // then no sort file is left
        try (Stream<Path> files = Files.walk(sortRoot)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void pagesCoverEveryRowOfEveryRunOnce() {
        // when all rows of all runs are paged through
        List<StagedRows.Row> rows = new ArrayList<>();
        StagedRows.forEachOfAllRuns(jdbc, rows::add);

        // then each run's rows come in input (line) order, run after run
        assertThat(rows).hasSize(EVENTS + 5);
        assertThat(rows.subList(0, EVENTS)).extracting(StagedRows.Row::runKey).containsOnly("run-1");
        assertThat(rows.subList(0, EVENTS)).extracting(StagedRows.Row::line)
                .isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        assertThat(rows.subList(EVENTS, EVENTS + 5)).extracting(StagedRows.Row::eventId)
                .containsExactly("e04011", "e04010", "e04009", "e04008", "e04007");
    }

    @Test
    void linesOfMoreRecordsThanAPagePageThroughEveryRecordOnceInTextOrder() {
        // given a run of two sources whose articles hold all their paragraphs on one line (JSON Lines), one article
        // with more records than a page, staged in chunks that split nothing but articles
        StagedEventRepository repository = new StagedEventRepository(jdbc);
        List<EventRecord> big = new ArrayList<>();
        for (int p = 0; p < StagedRows.PAGE + 7; p++) {
            big.add(paragraph("big-" + p, "b.jsonl", 3));
        }
        repository.stage("run-3", List.of(paragraph("a1", "a.jsonl", 1), paragraph("a2", "a.jsonl", 1)));
        repository.stage("run-3", big);
        repository.stage("run-3", List.of(paragraph("c1", "b.jsonl", 4), paragraph("z1", "b.jsonl", 2)));

        // when the run is paged through
        List<StagedRows.Row> rows = new ArrayList<>();
        StagedRows.forEachInRun(jdbc, "run-3", rows::add);

        // then every record comes once: source after source, line after line, a line's records in text order
        assertThat(rows).hasSize(StagedRows.PAGE + 11);
        assertThat(rows.subList(0, 4)).extracting(StagedRows.Row::eventId).containsExactly("a1", "a2", "z1", "big-0");
        assertThat(rows.get(StagedRows.PAGE + 9).eventId()).isEqualTo("big-" + (StagedRows.PAGE + 6));
        assertThat(rows.get(StagedRows.PAGE + 10).eventId()).isEqualTo("c1");
        assertThat(repository.countRun("run-3")).isEqualTo(StagedRows.PAGE + 11);
    }

    @Test
    void aChunkStagedAgainReplacesItsRowsInsteadOfAddingThem() {
        // given a chunk of run-2 staged again, as after a crash before its commit was known, now with a new payload
        StagedEventRepository repository = new StagedEventRepository(jdbc);
        List<EventRecord> again = new ArrayList<>();
        for (EventRecord r : night.subList(0, 5)) {
            again.add(new EventRecord(r.eventId(), r.date(), "again", r.type(), r.actors(), r.locations(),
                    r.country(), r.casualties(), r.source(), r.articleId(), r.line(), r.evidence(), r.confidence()));
        }

        // when it is staged
        repository.stage("run-2", again);

        // then the run still holds five rows, each with the payload staged last
        assertThat(repository.countRun("run-2")).isEqualTo(5);
        List<EventRecord> read = new ArrayList<>();
        repository.streamRun("run-2").forEach(read::add);
        assertThat(read).extracting(EventRecord::dateText).containsOnly("again");
    }

    private static EventRecord paragraph(String id, String source, int line) {
        return new EventRecord(id, DateValue.day(LocalDate.of(2025, 3, 1)), "", EventType.ATTACK, List.of(),
                List.of(), null, Casualties.NONE, source, null, line, "Paragraph " + id + ".", 0.5);
    }
}
