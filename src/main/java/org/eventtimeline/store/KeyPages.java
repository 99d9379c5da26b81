package org.eventtimeline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the key and the given columns of staged rows of one run or of all runs, a page of up to {@value #PAGE} rows
 * (twice that when a page ends inside a line) at a time in primary key order. Each page walks the primary key index
 * and stops at its limit, so no result is ever built whole: HSQLDB writes a large ordered result to disk before it
 * hands out its first row.
 */
final class KeyPages {

    /** Rows per page; below OwnConnection's RESULT MEMORY ROWS, so a page stays in memory. */
    static final int PAGE = 2_000;

    private static final String NEXT_SOURCE = "SELECT MIN(source) FROM staged_event WHERE run_key = ? AND source > ?";
    private static final String NEXT_RUN = "SELECT MIN(run_key) FROM staged_event WHERE run_key > ?";

    /** Makes a row of a page: its key, and its other columns from the result set's third on. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(String runKey, String source, int line, int seq, ResultSet rs) throws SQLException;
    }

    private final String restOfLine;
    private final String linesAfter;

    /** Pages that select {@code columns} (SQL, comma separated) after each row's line and seq. */
    KeyPages(String columns) {
        this.restOfLine = """
                SELECT line, seq, %s FROM staged_event WHERE run_key = ? AND source = ? AND line = ? AND seq > ?
                ORDER BY run_key, source, line, seq LIMIT %d
                """.formatted(columns, PAGE);
        this.linesAfter = """
                SELECT line, seq, %s FROM staged_event WHERE run_key = ? AND source = ? AND line > ?
                ORDER BY run_key, source, line, seq LIMIT %d
                """.formatted(columns, PAGE);
    }

    /** Calls {@code consumer} with every staged row of the run, source after source in input order. */
    <T> void forEachInRun(JdbcTemplate jdbc, String runKey, RowReader<T> reader, Consumer<T> consumer) {
        String source = jdbc.queryForObject(NEXT_SOURCE, String.class, runKey, "");
        while (source != null) {
            forEachOfSource(jdbc, runKey, source, reader, consumer);
            source = jdbc.queryForObject(NEXT_SOURCE, String.class, runKey, source);
        }
    }

    /** Calls {@code consumer} with every staged row of every run, run after run. */
    <T> void forEachOfAllRuns(JdbcTemplate jdbc, RowReader<T> reader, Consumer<T> consumer) {
        String run = jdbc.queryForObject(NEXT_RUN, String.class, "");
        while (run != null) {
            forEachInRun(jdbc, run, reader, consumer);
            run = jdbc.queryForObject(NEXT_RUN, String.class, run);
        }
    }

    /**
     * Pages through one source's rows in key order: the rest of the last line read (a line may hold more than a
     * page), then the lines after it; both walk the key index from where the last page ended.
     */
    private <T> void forEachOfSource(JdbcTemplate jdbc, String runKey, String source, RowReader<T> reader,
                                     Consumer<T> consumer) {
        int line = Integer.MIN_VALUE;
        int seq = Integer.MAX_VALUE;
        while (true) {
            List<Keyed<T>> page = jdbc.query(restOfLine, (rs, n) -> keyed(rs, runKey, source, reader), runKey,
                    source, line, seq);
            if (page.size() < PAGE) {
                List<Keyed<T>> next = jdbc.query(linesAfter, (rs, n) -> keyed(rs, runKey, source, reader), runKey,
                        source, line);
                if (page.isEmpty() && next.isEmpty()) {
                    return;
                }
                page = page.isEmpty() ? next : concat(page, next);
            }
            for (Keyed<T> row : page) {
                consumer.accept(row.row());
            }
            Keyed<T> last = page.get(page.size() - 1);
            line = last.line();
            seq = last.seq();
        }
    }

    private static <T> Keyed<T> keyed(ResultSet rs, String runKey, String source, RowReader<T> reader)
            throws SQLException {
        int line = rs.getInt(1);
        int seq = rs.getInt(2);
        return new Keyed<>(reader.read(runKey, source, line, seq, rs), line, seq);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        both.addAll(b);
        return both;
    }

    /** A row with the last two columns of its key. */
    private record Keyed<T>(T row, int line, int seq) {
    }
}
