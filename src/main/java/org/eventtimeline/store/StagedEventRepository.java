package org.eventtimeline.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

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
    /**
     * The ORDER BY names the columns of index {@code staged_event_order} in its order and USING INDEX makes HSQLDB
     * walk that index rather than sort the whole result on disk (about three times the CPU time).
     */
    private static final String SELECT_RUN = """
            SELECT payload FROM staged_event WHERE run_key = ?
            ORDER BY run_key, sort_undated, event_start, date_rank, source, line, event_id
            LIMIT 2147483647 USING INDEX
            """;

    private final JdbcTemplate jdbc;

    public StagedEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
     * undated last), read from a cursor each time the iterable is walked, so any number of them streams.
     */
    public Iterable<EventRecord> streamRun(String runKey) {
        return () -> {
            OwnConnection.spillLargeResults(jdbc);
            Stream<EventRecord> rows = jdbc.queryForStream(SELECT_RUN, (rs, n) -> EventJson.read(rs.getString(1)),
                    runKey);
            Iterator<EventRecord> iterator = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = iterator.hasNext();
                    if (!more) {
                        rows.close();
                    }
                    return more;
                }

                @Override
                public EventRecord next() {
                    return iterator.next();
                }
            };
        };
    }

    public int countRun(String runKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM staged_event WHERE run_key = ?", Integer.class,
                runKey);
        return count == null ? 0 : count;
    }
}
