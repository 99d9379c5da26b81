package org.eventtimeline.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.EventRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages event records of a run in HSQLDB and reads them back in timeline order. Staging is an upsert keyed by
 * run and event id, so a chunk replayed after a crash never duplicates a row.
 */
public class StagedEventRepository {

    private static final String MERGE = """
            MERGE INTO staged_event t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(32)), CAST(? AS INTEGER),
                CAST(? AS DATE), CAST(? AS INTEGER), CAST(? AS VARCHAR(512)), CAST(? AS INTEGER), CAST(? AS INTEGER),
                CAST(? AS VARCHAR(16000000))))
              AS s(run_key, event_id, sort_undated, event_start, date_rank, source, line, seq, payload)
              ON t.run_key = s.run_key AND t.event_id = s.event_id
            WHEN MATCHED THEN UPDATE SET t.payload = s.payload, t.event_start = s.event_start,
                t.sort_undated = s.sort_undated, t.date_rank = s.date_rank
            WHEN NOT MATCHED THEN INSERT VALUES (s.run_key, s.event_id, s.sort_undated, s.event_start, s.date_rank,
                s.source, s.line, s.seq, s.payload)
            """;
    /** Rows of one run per page of the report's read. */
    static final int PAGE_ROWS = 1000;

    private final JdbcTemplate jdbc;
    private final KeysetReader runReader;

    public StagedEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.runReader = new KeysetReader(jdbc,
                "SELECT sort_undated, event_start, date_rank, source, line, event_id, payload FROM staged_event",
                "run_key = ?", List.of("run_key"), List.of(new KeysetReader.Key("sort_undated", "INTEGER"),
                        new KeysetReader.Key("event_start", "DATE"), new KeysetReader.Key("date_rank", "INTEGER"),
                        new KeysetReader.Key("source", "VARCHAR(512)"), new KeysetReader.Key("line", "INTEGER"),
                        new KeysetReader.Key("event_id", "VARCHAR(32)")), PAGE_ROWS);
    }

    /**
     * Stages the records under the run key, replacing any with the same event id. Records of one article come in
     * text order, so their index in the list keeps that order among rows of the same line.
     */
    public void stage(String runKey, List<EventRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            rows.add(new Object[] {runKey, r.eventId(), r.date().precision() == DatePrecision.REPORTED ? 1 : 0,
                    Date.valueOf(r.date().start()), r.date().precision().ordinal(), r.source(), r.line(), i,
                    EventJson.write(r)});
        }
        jdbc.batchUpdate(MERGE, rows);
    }

    /**
     * The run's records in report order ({@link org.eventtimeline.report.EventOrder#REPORT_ORDER}: dated by date,
     * undated last), read a page at a time along index {@code staged_event_order} each time the iterable is
     * walked, so any number of them streams.
     */
    public Iterable<EventRecord> streamRun(String runKey) {
        return () -> runReader.stream((rs, n) -> EventJson.read(rs.getString(7)), runKey).iterator();
    }

    public int countRun(String runKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM staged_event WHERE run_key = ?", Integer.class,
                runKey);
        return count == null ? 0 : count;
    }
}
