package org.eventtimeline.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Date;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads staged rows (run key, event id, sort columns, payload) of one run or of all runs, a page of
 * {@value #PAGE} rows at a time in primary key order. Each page walks the primary key index and stops at its limit, so
 * no result is ever built whole: HSQLDB writes a large ordered result to disk before it hands out its first row.
 */
final class StagedRows {

    /** Rows per page; below OwnConnection's RESULT MEMORY ROWS, so a page stays in memory. */
    static final int PAGE = 2_000;

    private static final String PAGE_OF_RUN = """
            SELECT event_id, sort_undated, event_start, date_rank, source, line, payload FROM staged_event
            WHERE run_key = ? AND event_id > ? ORDER BY run_key, event_id LIMIT %d
            """.formatted(PAGE);
    private static final String NEXT_RUN = "SELECT MIN(run_key) FROM staged_event WHERE run_key > ?";

    private StagedRows() {
    }

    /** One staged row: the columns the reports sort by and the event's JSON payload. */
    record Row(String runKey, String eventId, int sortUndated, long startDay, int dateRank, String source, int line,
               String payload) {

        /** Report order, as {@code ORDER BY sort_undated, event_start, date_rank, source, line, event_id}. */
        static final Comparator<Row> REPORT_ORDER = Comparator.comparingInt(Row::sortUndated)
                .thenComparingLong(Row::startDay)
                .thenComparingInt(Row::dateRank)
                .thenComparing(Row::source)
                .thenComparingInt(Row::line)
                .thenComparing(Row::eventId);

        /** Writes and reads rows for {@link ExternalSort}. */
        static final ExternalSort.Codec<Row> CODEC = new ExternalSort.Codec<>() {
            @Override
            public void write(DataOutputStream out, Row row) throws IOException {
                out.writeUTF(row.runKey());
                out.writeUTF(row.eventId());
                out.writeInt(row.sortUndated());
                out.writeLong(row.startDay());
                out.writeInt(row.dateRank());
                ExternalSort.writeText(out, row.source());
                out.writeInt(row.line());
                ExternalSort.writeText(out, row.payload());
            }

            @Override
            public Row read(DataInputStream in) throws IOException {
                return new Row(in.readUTF(), in.readUTF(), in.readInt(), in.readLong(), in.readInt(),
                        ExternalSort.readText(in), in.readInt(), ExternalSort.readText(in));
            }

            @Override
            public long heapBytes(Row row) {
                return 160L + 2L * (row.source().length() + row.payload().length());
            }
        };
    }

    /** Calls {@code consumer} with every staged row of the run. */
    static void forEachInRun(JdbcTemplate jdbc, String runKey, Consumer<Row> consumer) {
        String after = "";
        while (true) {
            List<Row> page = jdbc.query(PAGE_OF_RUN, (rs, n) -> {
                Date start = rs.getDate(3);
                return new Row(runKey, rs.getString(1), rs.getInt(2), start.toLocalDate().toEpochDay(),
                        rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getString(7));
            }, runKey, after);
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).eventId();
        }
    }

    /** Calls {@code consumer} with every staged row of every run, run after run. */
    static void forEachOfAllRuns(JdbcTemplate jdbc, Consumer<Row> consumer) {
        String run = jdbc.queryForObject(NEXT_RUN, String.class, "");
        while (run != null) {
            forEachInRun(jdbc, run, consumer);
            run = jdbc.queryForObject(NEXT_RUN, String.class, run);
        }
    }
}
