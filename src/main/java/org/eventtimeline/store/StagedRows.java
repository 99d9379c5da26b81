package org.eventtimeline.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads staged rows (run key, event id, sort columns, payload) of one run or of all runs, a page of up to
 * {@value #PAGE} rows (twice that when a page ends inside a line) at a time in primary key order. Each page walks
 * the primary key index and stops at its limit, so no result is ever built whole: HSQLDB writes a large ordered
 * result to disk before it hands out its first row.
 */
final class StagedRows {

    /** Rows per page; below OwnConnection's RESULT MEMORY ROWS, so a page stays in memory. */
    static final int PAGE = 2_000;

    private static final String COLUMNS = "event_id, sort_undated, event_start, date_rank, line, seq, payload";
    private static final String REST_OF_LINE = """
            SELECT %s FROM staged_event WHERE run_key = ? AND source = ? AND line = ? AND seq > ?
            ORDER BY run_key, source, line, seq LIMIT %d
            """.formatted(COLUMNS, PAGE);
    private static final String LINES_AFTER = """
            SELECT %s FROM staged_event WHERE run_key = ? AND source = ? AND line > ?
            ORDER BY run_key, source, line, seq LIMIT %d
            """.formatted(COLUMNS, PAGE);
    private static final String NEXT_SOURCE = "SELECT MIN(source) FROM staged_event WHERE run_key = ? AND source > ?";
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

    /** Calls {@code consumer} with every staged row of the run, source after source in input order. */
    static void forEachInRun(JdbcTemplate jdbc, String runKey, Consumer<Row> consumer) {
        String source = jdbc.queryForObject(NEXT_SOURCE, String.class, runKey, "");
        while (source != null) {
            forEachOfSource(jdbc, runKey, source, consumer);
            source = jdbc.queryForObject(NEXT_SOURCE, String.class, runKey, source);
        }
    }

    /**
     * Pages through one source's rows in key order: the rest of the last line read (a line may hold more than a
     * page), then the lines after it; both walk the key index from where the last page ended.
     */
    private static void forEachOfSource(JdbcTemplate jdbc, String runKey, String source, Consumer<Row> consumer) {
        int line = Integer.MIN_VALUE;
        int seq = Integer.MAX_VALUE;
        while (true) {
            List<Keyed> page = jdbc.query(REST_OF_LINE, (rs, n) -> keyed(rs, runKey, source), runKey, source, line,
                    seq);
            if (page.size() < PAGE) {
                List<Keyed> next = jdbc.query(LINES_AFTER, (rs, n) -> keyed(rs, runKey, source), runKey, source,
                        line);
                if (page.isEmpty() && next.isEmpty()) {
                    return;
                }
                page = page.isEmpty() ? next : concat(page, next);
            }
            for (Keyed row : page) {
                consumer.accept(row.row());
            }
            Keyed last = page.get(page.size() - 1);
            line = last.row().line();
            seq = last.seq();
        }
    }

    private static List<Keyed> concat(List<Keyed> a, List<Keyed> b) {
        List<Keyed> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        both.addAll(b);
        return both;
    }

    private static Keyed keyed(ResultSet rs, String runKey, String source) throws SQLException {
        Date start = rs.getDate(3);
        return new Keyed(new Row(runKey, rs.getString(1), rs.getInt(2), start.toLocalDate().toEpochDay(), rs.getInt(4),
                source, rs.getInt(5), rs.getString(7)), rs.getInt(6));
    }

    /** A row with the last column of its key. */
    private record Keyed(Row row, int seq) {
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
