package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.report.EventMerger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class CumulativePassTests {

    /** More events a night than two pages hold, so every read pages. */
    private static final int EVENTS = 2 * StagedRows.PAGE + 37;
    /** A sort budget of a few hundred events, so both sorts of a pass write many files. */
    private static final long SMALL_BUDGET = 200_000;

    @TempDir
    Path sortRoot;

    private JdbcTemplate jdbc;
    private CumulativeEventRepository repository;
    private final List<EventRecord> staged = new ArrayList<>();

    @BeforeEach
    void stageTwoNightsReportingTheSameEvents() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:pass-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        repository = new CumulativeEventRepository(jdbc, new SortSpace(sortRoot), SMALL_BUDGET);
        StagedEventRepository events = new StagedEventRepository(jdbc);
        for (String night : List.of("a", "b")) {
            List<EventRecord> run = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                run.add(attack(night + i, night + ".txt", i));
            }
            events.stage("run-" + night, run);
            staged.addAll(run);
        }
    }

    @Test
    void aPassMergesAllRunsLikeTheInMemoryMergeThroughSortFiles() throws IOException {
        // given both nights staged the same EVENTS attacks under different ids and sources
        try (CumulativePass pass = repository.open()) {
            // when the pass keys and merges them
            long keyed = pass.keyStagedEvents(EventMerger::groupKey);
            CumulativePass.MergedSink sink = pass.mergedSink();
            EventMerger merger = new EventMerger(sink);
            pass.forEachByKey(merger::accept);
            merger.finish();
            sink.flush();

            // then every staged event was keyed, each pair merged, and the sorts went through files
            assertThat(keyed).isEqualTo(2L * EVENTS);
            assertThat(merger.emitted()).isEqualTo(EVENTS);
            assertThat(sortFiles()).hasSizeGreaterThan(10);

            // and the merged events read back, twice, in the order and with the fields of the in-memory merge
            List<EventRecord> expected = EventMerger.mergeAll(staged);
            for (int read = 0; read < 2; read++) {
                try (Stream<EventRecord> merged = pass.streamMerged()) {
                    assertThat(merged.toList()).isEqualTo(expected);
                }
            }
            assertThat(expected.get(0).eventId()).isEqualTo("a0");
            assertThat(expected.get(0).source()).isEqualTo("a.txt; b.txt");
            assertThat(pass.sources()).containsExactly("a.txt", "b.txt");
        }

        // and closing the pass deleted its files; the staged events are untouched
        assertThat(sortFiles()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staged_event", Long.class)).isEqualTo(2L * EVENTS);
    }

    @Test
    void aPassWritesNothingToTheDatabase() {
        // given a data directory of before, whose working tables the schema script dropped
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN "
                + "('CUMULATIVE_KEY', 'CUMULATIVE_EVENT')", Long.class)).isZero();

        // when a whole pass runs
        try (CumulativePass pass = repository.open()) {
            pass.keyStagedEvents(EventMerger::groupKey);
            EventMerger merger = new EventMerger(pass.mergedSink());
            pass.forEachByKey(merger::accept);
            merger.finish();

            // then the only table with rows is still the staging table
            assertThat(pass.streamMerged().count()).isEqualTo(EVENTS);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'",
                Long.class)).isEqualTo(2L);
    }

    private List<Path> sortFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(sortRoot)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** The i-th attack of a night: its own town and date, so each merges only with the other night's report. */
    private static EventRecord attack(String id, String source, int i) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
        return new EventRecord(id, DateValue.day(day), "on " + day, EventType.ATTACK, List.of(),
                List.of(new Place("Town " + i, "Kenya", PlaceKind.CITY)), "Kenya",
                new Casualties(1 + i % 9, null, null, null, null, "people"), source, null, i + 1,
                "Gunmen killed people in Town " + i + ".", 0.5);
    }
}
