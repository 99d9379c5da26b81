package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.report.EventMerger;
import org.eventtimeline.report.EventOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class StagingPayloadTests {

    /** More rows a night than a page holds, so the move pages. */
    private static final int EVENTS = KeyPages.PAGE + 3;

    @TempDir
    Path sortRoot;

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private final List<EventRecord> nightA = new ArrayList<>();
    private final List<EventRecord> nightB = new ArrayList<>();

    @BeforeEach
    void nights() {
        dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:payload-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
        jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < EVENTS; i++) {
            nightA.add(attack("a" + i, "a.txt", i));
            nightB.add(attack("b" + i, "b.txt", i));
        }
    }

    @Test
    void aDataDirectoryOfJsonPayloadsMovesToBytesAndReadsBackEqual() {
        // given a data directory of before: night A staged as JSON text
        startWithSchema();
        new StagedEventRepository(jdbc).stage("run-a", nightA);
        JsonStaging.revert(jdbc);
        assertThat(JsonStaging.payloadType(jdbc)).isEqualTo("CHARACTER VARYING");

        // when the application starts on it (schema script, then the repository), twice
        startWithSchema();
        StagedEventRepository repository = new StagedEventRepository(jdbc, new SortSpace(sortRoot), 60_000);
        boolean again = StagingPayload.upgrade(jdbc);

        // then its payloads are bytes, the second start found nothing to do, and the run reads back equal
        assertThat(JsonStaging.payloadType(jdbc)).isEqualTo("VARBINARY");
        assertThat(again).isFalse();
        assertThat(columns()).containsExactly("RUN_KEY", "EVENT_ID", "SORT_UNDATED", "EVENT_START", "DATE_RANK",
                "SOURCE", "LINE", "SEQ", "PAYLOAD");
        List<EventRecord> read = new ArrayList<>();
        repository.streamRun("run-a").forEach(read::add);
        List<EventRecord> expected = new ArrayList<>(nightA);
        expected.sort(EventOrder.REPORT_ORDER);
        assertThat(read).hasSize(EVENTS).isEqualTo(expected);
        assertThat(read.get(0).actors()).containsExactly(new Actor("Al-Shabaab", null, "Somalia", ActorKind.GROUP));
    }

    @Test
    void aDataDirectoryOfJsonPayloadsIsMergedWithRunsStagedAsBytesInTheCumulativePass() {
        // given a data directory of before holding night A as JSON, started on, then night B staged as bytes
        startWithSchema();
        new StagedEventRepository(jdbc).stage("run-a", nightA);
        JsonStaging.revert(jdbc);
        startWithSchema();
        new StagedEventRepository(jdbc).stage("run-b", nightB);

        // when the cumulative pass merges all runs
        List<EventRecord> merged;
        CumulativeEventRepository cumulative = new CumulativeEventRepository(jdbc, new SortSpace(sortRoot), 200_000);
        try (CumulativePass pass = cumulative.open()) {
            long keyed = pass.keyStagedEvents(EventMerger::groupKey);
            EventMerger merger = new EventMerger(pass.mergedSink());
            pass.forEachByKey(merger::accept);
            merger.finish();
            assertThat(keyed).isEqualTo(2L * EVENTS);
            merged = pass.streamMerged().toList();
        }

        // then each of night A's events merged with night B's report of it, as if both had been staged as bytes
        List<EventRecord> both = new ArrayList<>(nightA);
        both.addAll(nightB);
        assertThat(merged).hasSize(EVENTS).isEqualTo(EventMerger.mergeAll(both));
        assertThat(merged.get(0).eventId()).isEqualTo("a0");
        assertThat(merged.get(0).source()).isEqualTo("a.txt; b.txt");
    }

    @Test
    void aMoveThatStoppedAfterDroppingTheJsonColumnFinishesOnTheNextStart() {
        // given a data directory whose move stopped once the bytes were written and the JSON column dropped
        startWithSchema();
        new StagedEventRepository(jdbc).stage("run-a", nightA.subList(0, 3));
        jdbc.execute("ALTER TABLE staged_event ALTER COLUMN payload RENAME TO payload_bytes");
        jdbc.execute("ALTER TABLE staged_event ALTER COLUMN payload_bytes SET NULL");

        // when the application starts on it
        boolean moved = StagingPayload.upgrade(jdbc);

        // then the bytes are the payload again and its rows read back
        assertThat(moved).isTrue();
        assertThat(JsonStaging.payloadType(jdbc)).isEqualTo("VARBINARY");
        List<EventRecord> read = new ArrayList<>();
        new StagedEventRepository(jdbc).streamRun("run-a").forEach(read::add);
        assertThat(read).extracting(EventRecord::eventId).containsExactly("a0", "a1", "a2");
    }

    @Test
    void aDataDirectoryOfTwoVersionsBackGetsTheInputOrderKeyAndBytePayloads() {
        // given a staging table keyed by event id, with JSON payloads
        jdbc.execute("""
                CREATE CACHED TABLE staged_event (run_key VARCHAR(64) NOT NULL, event_id VARCHAR(32) NOT NULL,
                    sort_undated INTEGER NOT NULL, event_start DATE NOT NULL, date_rank INTEGER NOT NULL,
                    source VARCHAR(512) NOT NULL, line INTEGER NOT NULL, seq INTEGER NOT NULL,
                    payload VARCHAR(16000000) NOT NULL, PRIMARY KEY (run_key, event_id))""");
        EventRecord first = nightA.get(0);
        jdbc.update("INSERT INTO staged_event VALUES ('run-a', 'a0', 0, DATE '2024-01-01', 4, 'a.txt', 1, 0, ?)",
                EventJson.write(first));

        // when the application starts on it
        startWithSchema();
        StagedEventRepository repository = new StagedEventRepository(jdbc);

        // then the row reads back equal from bytes
        assertThat(JsonStaging.payloadType(jdbc)).isEqualTo("VARBINARY");
        List<EventRecord> read = new ArrayList<>();
        repository.streamRun("run-a").forEach(read::add);
        assertThat(read).containsExactly(first);
    }

    @Test
    void aNewDataDirectoryHasBytePayloadsAlready() {
        // given a data directory the schema script created
        startWithSchema();

        // when the payload is upgraded
        boolean moved = StagingPayload.upgrade(jdbc);

        // then nothing changed
        assertThat(moved).isFalse();
        assertThat(JsonStaging.payloadType(jdbc)).isEqualTo("VARBINARY");
    }

    private void startWithSchema() {
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
    }

    private List<String> columns() {
        return jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = "
                + "'STAGED_EVENT' ORDER BY ORDINAL_POSITION", String.class);
    }

    /** The i-th attack of a night: its own town and date, so each merges only with the other night's report. */
    private static EventRecord attack(String id, String source, int i) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
        return new EventRecord(id, DateValue.day(day), "on " + day, EventType.ATTACK,
                List.of(new Actor("Al-Shabaab", null, "Somalia", ActorKind.GROUP)),
                List.of(new Place("Town " + i, "Kenya", PlaceKind.CITY)), "Kenya",
                new Casualties(1 + i % 9, null, 2, null, null, "people"), source, null, i + 1,
                "Gunmen killed people in Town " + i + " \u2014 \u00e9t\u00e9.", 0.5);
    }
}
