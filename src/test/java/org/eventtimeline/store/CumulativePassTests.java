package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class CumulativePassTests {

    /** More events than fit in two batches, so every pass commits several times. */
    private static final int EVENTS = 2 * CumulativePass.BATCH_SIZE + 37;

    private JdbcTemplate jdbc;
    private CumulativeEventRepository repository;
    private final List<EventRecord> staged = new ArrayList<>();

    @BeforeEach
    void stageTwoNightsReportingTheSameEvents() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:pass-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        repository = new CumulativeEventRepository(jdbc);
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
    void aPassMergesAllRunsLikeTheInMemoryMergeAndCommitsAsItGoes() {
        // given both nights staged the same EVENTS attacks under different ids and sources
        try (CumulativePass pass = repository.open()) {
            // when the pass keys and merges them, with the pass still open
            pass.clear();
            long keyed = pass.keyStagedEvents(EventMerger::groupKey);
            CumulativePass.MergedSink sink = pass.mergedSink();
            EventMerger merger = new EventMerger(sink);
            pass.forEachByKey(merger::accept);
            merger.finish();
            sink.flush();

            // then another connection already sees every key and merged row: no transaction spans the pass
            assertThat(keyed).isEqualTo(2L * EVENTS);
            assertThat(merger.emitted()).isEqualTo(EVENTS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cumulative_group", Long.class)).isEqualTo(2L * EVENTS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cumulative_event", Long.class)).isEqualTo(EVENTS);

            // and the merged rows read back in the order and with the fields of the in-memory merge
            List<EventRecord> expected = EventMerger.mergeAll(staged);
            try (Stream<EventRecord> merged = pass.streamMerged()) {
                assertThat(merged.toList()).isEqualTo(expected);
            }
            assertThat(expected.get(0).eventId()).isEqualTo("a0");
            assertThat(expected.get(0).source()).isEqualTo("a.txt; b.txt");
            assertThat(pass.sources()).containsExactly("a.txt", "b.txt");
        }
    }

    @Test
    void clearEmptiesBothWorkingTables() {
        // given a pass that filled both working tables with more rows than one batch
        try (CumulativePass pass = repository.open()) {
            pass.keyStagedEvents(EventMerger::groupKey);
            CumulativePass.MergedSink sink = pass.mergedSink();
            EventMerger merger = new EventMerger(sink);
            pass.forEachByKey(merger::accept);
            merger.finish();
            sink.flush();

            // when
            pass.clear();
        }

        // then both are empty and the staged events are untouched
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cumulative_group", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cumulative_event", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staged_event", Long.class)).isEqualTo(2L * EVENTS);
    }

    @Test
    void aDataDirectoryWithTheFormerWorkingTablesIsUpgradedBySchemaSql() {
        // given a database whose working tables are those of before: cumulative_key, and the former timeline index
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:former-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
        JdbcTemplate former = new JdbcTemplate(dataSource);
        former.execute("""
                CREATE CACHED TABLE cumulative_key (merge_key VARCHAR(1024) NOT NULL, run_key VARCHAR(64) NOT NULL,
                    event_id VARCHAR(32) NOT NULL, PRIMARY KEY (run_key, event_id))""");
        former.execute("""
                CREATE CACHED TABLE cumulative_event (seq BIGINT NOT NULL PRIMARY KEY, sort_undated INTEGER NOT NULL,
                    event_start DATE, date_rank INTEGER NOT NULL, source VARCHAR(512) NOT NULL, line INTEGER NOT NULL,
                    event_id VARCHAR(32) NOT NULL, run_key VARCHAR(64) NOT NULL, sources VARCHAR(1000000) NOT NULL)""");
        former.execute("CREATE INDEX cumulative_event_order ON cumulative_event (sort_undated, event_start, date_rank,"
                + " source, line, event_id)");
        former.update("INSERT INTO cumulative_key VALUES ('k', 'run-old', 'x1')");

        // when the schema is applied as at every start, and a night is staged and merged
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
        new StagedEventRepository(former).stage("run-a", List.of(attack("a1", "a.txt", 1), attack("a2", "a.txt", 2)));
        List<EventRecord> merged;
        try (CumulativePass pass = new CumulativeEventRepository(former).open()) {
            pass.clear();
            pass.keyStagedEvents(EventMerger::groupKey);
            CumulativePass.MergedSink sink = pass.mergedSink();
            EventMerger merger = new EventMerger(sink);
            pass.forEachByKey(merger::accept);
            merger.finish();
            sink.flush();
            try (Stream<EventRecord> rows = pass.streamMerged()) {
                merged = rows.toList();
            }
        }

        // then the former table and index are gone and the pass gives both events
        assertThat(former.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_NAME IN ('CUMULATIVE_KEY')", Integer.class)).isZero();
        assertThat(former.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO"
                + " WHERE INDEX_NAME = 'CUMULATIVE_EVENT_ORDER'", Integer.class)).isZero();
        assertThat(merged).extracting(EventRecord::eventId).containsExactly("a1", "a2");
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
