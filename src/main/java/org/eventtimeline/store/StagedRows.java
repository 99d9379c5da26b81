package org.eventtimeline.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.function.Consumer;

import org.eventtimeline.domain.EventRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads staged rows (run key, event id, sort columns, payload) of one run or of all runs in primary key pages
 * ({@link KeyPages}), for the reports to sort.
 */
final class StagedRows {

    /** Rows per page. */
    static final int PAGE = KeyPages.PAGE;

    private static final KeyPages PAGES = new KeyPages("event_id, sort_undated, event_start, date_rank, payload");
    private static final KeyPages.RowReader<Row> ROW = (runKey, source, line, seq, rs) -> new Row(runKey,
            rs.getString(3), rs.getInt(4), rs.getDate(5).toLocalDate().toEpochDay(), rs.getInt(6), source, line,
            rs.getBytes(7));

    private StagedRows() {
    }

    /** One staged row: the columns the reports sort by and the event's payload ({@link EventRecordCodec#bytes}). */
    record Row(String runKey, String eventId, int sortUndated, long startDay, int dateRank, String source, int line,
               byte[] payload) {

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
                out.writeInt(row.payload().length);
                out.write(row.payload());
            }

            @Override
            public Row read(DataInputStream in) throws IOException {
                String runKey = in.readUTF();
                String eventId = in.readUTF();
                int sortUndated = in.readInt();
                long startDay = in.readLong();
                int dateRank = in.readInt();
                String source = ExternalSort.readText(in);
                int line = in.readInt();
                byte[] payload = new byte[in.readInt()];
                in.readFully(payload);
                return new Row(runKey, eventId, sortUndated, startDay, dateRank, source, line, payload);
            }

            @Override
            public long heapBytes(Row row) {
                return 176L + 2L * row.source().length() + row.payload().length;
            }
        };

        /** The event the payload holds. */
        EventRecord event() {
            return EventRecordCodec.fromBytes(payload);
        }
    }

    /** Calls {@code consumer} with every staged row of the run, source after source in input order. */
    static void forEachInRun(JdbcTemplate jdbc, String runKey, Consumer<Row> consumer) {
        PAGES.forEachInRun(jdbc, runKey, ROW, consumer);
    }

    /** Calls {@code consumer} with every staged row of every run, run after run. */
    static void forEachOfAllRuns(JdbcTemplate jdbc, Consumer<Row> consumer) {
        PAGES.forEachOfAllRuns(jdbc, ROW, consumer);
    }
}
