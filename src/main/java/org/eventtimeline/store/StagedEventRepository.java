package org.eventtimeline.store;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.EventRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages event records of a run in HSQLDB and reads them back in timeline order. Staging is an upsert keyed by
 * run and input position (source, line, record of that line), so a chunk replayed after a crash never duplicates a
 * row, and each chunk's rows go where its partition's last ones went ({@code schema.sql}).
 */
public class StagedEventRepository {

    private static final String MERGE = """
            MERGE INTO staged_event t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(32)), CAST(? AS INTEGER),
                CAST(? AS DATE), CAST(? AS INTEGER), CAST(? AS VARCHAR(512)), CAST(? AS INTEGER), CAST(? AS INTEGER),
                CAST(? AS VARBINARY(16000000))))
              AS s(run_key, event_id, sort_undated, event_start, date_rank, source, line, seq, payload)
              ON t.run_key = s.run_key AND t.source = s.source AND t.line = s.line AND t.seq = s.seq
            WHEN MATCHED THEN UPDATE SET t.event_id = s.event_id, t.payload = s.payload,
                t.event_start = s.event_start, t.sort_undated = s.sort_undated, t.date_rank = s.date_rank
            WHEN NOT MATCHED THEN INSERT VALUES (s.run_key, s.event_id, s.sort_undated, s.event_start, s.date_rank,
                s.source, s.line, s.seq, s.payload)
            """;

    /** Heap a sort may fill before it writes its rows to a file: a few thousand events. */
    static final long SORT_BUDGET_BYTES = 24L << 20;

    private final JdbcTemplate jdbc;
    private final SortSpace sortSpace;
    private final long sortBudgetBytes;

    /** A repository that sorts in the system's temporary directory (tests, tools). */
    public StagedEventRepository(JdbcTemplate jdbc) {
        this(jdbc, new SortSpace(Path.of(System.getProperty("java.io.tmpdir"), "event-timeline-sort")));
    }

    public StagedEventRepository(JdbcTemplate jdbc, SortSpace sortSpace) {
        this(jdbc, sortSpace, SORT_BUDGET_BYTES);
    }

    /** A repository whose report sorts hold up to {@code sortBudgetBytes} in memory (tests use small ones). */
    StagedEventRepository(JdbcTemplate jdbc, SortSpace sortSpace, long sortBudgetBytes) {
        this.jdbc = jdbc;
        this.sortSpace = sortSpace;
        this.sortBudgetBytes = sortBudgetBytes;
        StagingKey.upgrade(jdbc);
        StagingPayload.upgrade(jdbc);
    }

    /**
     * Stages the records under the run key, replacing any at the same position. Records of one line come together
     * and in text order (one article's paragraphs: a line holds one article, or one of its paragraphs), so their
     * index among the adjacent records of that line tells them apart, whatever the chunk they came in.
     */
    public void stage(String runKey, List<EventRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        int seq = 0;
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            seq = i > 0 && sameLine(records.get(i - 1), r) ? seq + 1 : 0;
            rows.add(new Object[] {runKey, r.eventId(), r.date().precision() == DatePrecision.REPORTED ? 1 : 0,
                    Date.valueOf(r.date().start()), r.date().precision().ordinal(), r.source(), r.line(), seq,
                    EventRecordCodec.bytes(r)});
        }
        jdbc.batchUpdate(MERGE, rows);
    }

    /**
     * The run's records in report order ({@link org.eventtimeline.report.EventOrder#REPORT_ORDER}: dated by date,
     * undated last), each time the iterable is walked: the rows are read in primary key pages and sorted in bounded
     * memory ({@link ExternalSort}, files under the sort space), so any number of them streams. Walk each iterator to
     * its end or close it ({@link SortedEvents}): either deletes its sort files.
     */
    public Iterable<EventRecord> streamRun(String runKey) {
        return () -> {
            ExternalSort<StagedRows.Row> sort = new ExternalSort<>(StagedRows.Row.REPORT_ORDER, StagedRows.Row.CODEC,
                    sortBudgetBytes, sortSpace);
            try {
                StagedRows.forEachInRun(jdbc, runKey, sort::add);
            } catch (RuntimeException e) {
                sort.close();
                throw e;
            }
            Iterator<StagedRows.Row> rows = sort.sorted();
            return new SortedEvents() {
                @Override
                public boolean hasNext() {
                    boolean more = rows.hasNext();
                    if (!more) {
                        sort.close();
                    }
                    return more;
                }

                @Override
                public EventRecord next() {
                    return rows.next().event();
                }

                @Override
                public void close() {
                    sort.close();
                }
            };
        };
    }

    private static boolean sameLine(EventRecord a, EventRecord b) {
        return a.line() == b.line() && a.source().equals(b.source());
    }

    /** Sorted events read from files; closing it before the end deletes the files (so does reading to the end). */
    public interface SortedEvents extends Iterator<EventRecord>, AutoCloseable {
        @Override
        void close();
    }

    public int countRun(String runKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM staged_event WHERE run_key = ?", Integer.class,
                runKey);
        return count == null ? 0 : count;
    }
}
