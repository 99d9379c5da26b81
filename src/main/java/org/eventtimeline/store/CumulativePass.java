package org.eventtimeline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the staged events of all runs on a connection of its own ({@link OwnConnection}) and keeps the cumulative
 * report's working tables: {@code cumulative_group} (each staged event's merge key with the few fields that choose a
 * group's preferred record) and {@code cumulative_event} (the merged events, pointing at staged rows), read back
 * row by row in merge key order and in timeline order, each by walking its index. Every write is committed a batch
 * at a time, so neither the Java heap nor HSQLDB's transaction state grows with the number of events. One pass at a
 * time; close it when done.
 */
public final class CumulativePass implements AutoCloseable {

    static final int BATCH_SIZE = 500;
    /** Longest merge key stored as is; longer ones are stored as a hash (only equality and adjacency matter). */
    static final int KEY_LIMIT = 1000;
    static final int SOURCE_LIMIT = 512;
    /** Stands in for a missing date in {@code cumulative_event}, so that undated rows sort last on its index. */
    static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    private static final String INSERT_GROUP = """
            INSERT INTO cumulative_group (merge_key, run_key, event_id, confidence, source, line, event_start,
                date_rank)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_MERGED = """
            INSERT INTO cumulative_event (seq, sort_undated, event_start, date_rank, source, line, event_id, run_key,
                sources)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** Rows per page of each read (see {@link KeysetReader}). */
    static final int PAGE_ROWS = 1000;

    private final OwnConnection connection;
    private final JdbcTemplate jdbc;
    private final SortedSet<String> sources = new TreeSet<>();
    private final KeysetReader staged;
    private final KeysetReader groups;
    private final KeysetReader merged;

    CumulativePass(OwnConnection connection) {
        this.connection = connection;
        this.jdbc = connection.jdbc();
        this.staged = new KeysetReader(jdbc,
                "SELECT run_key, event_id, source, line, event_start, date_rank, payload FROM staged_event", null,
                List.of(), List.of(key("run_key", "VARCHAR(64)"), key("event_id", "VARCHAR(32)")), PAGE_ROWS);
        this.groups = new KeysetReader(jdbc, """
                SELECT merge_key, run_key, event_id, confidence, source, line, event_start, date_rank
                  FROM cumulative_group""", null, List.of(),
                List.of(key("merge_key", "VARCHAR(1024)"), key("run_key", "VARCHAR(64)"),
                        key("event_id", "VARCHAR(32)")), PAGE_ROWS);
        this.merged = new KeysetReader(jdbc, """
                SELECT c.sort_undated, c.event_start, c.date_rank, c.source, c.line, c.event_id, c.seq, s.payload,
                       c.sources
                  FROM cumulative_event c
                  JOIN staged_event s ON s.run_key = c.run_key AND s.event_id = c.event_id""", null, List.of(),
                List.of(key("c.sort_undated", "INTEGER"), key("c.event_start", "DATE"), key("c.date_rank", "INTEGER"),
                        key("c.source", "VARCHAR(512)"), key("c.line", "INTEGER"), key("c.event_id", "VARCHAR(32)"),
                        key("c.seq", "BIGINT")), PAGE_ROWS);
    }

    private static KeysetReader.Key key(String column, String sqlType) {
        return new KeysetReader.Key(column, sqlType);
    }

    /**
     * Empties both working tables with {@code TRUNCATE ... AND COMMIT}, which drops their rows at once instead of
     * keeping an action per deleted row until the commit.
     */
    public void clear() {
        jdbc.execute("TRUNCATE TABLE cumulative_event AND COMMIT");
        jdbc.execute("TRUNCATE TABLE cumulative_group AND COMMIT");
        connection.commit();
    }

    /**
     * Stores the group key of every staged event of every run, with what choosing a group's preferred record needs,
     * and notes the distinct sources. Returns the number of staged events.
     */
    public long keyStagedEvents(Function<EventRecord, String> groupKey) {
        List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
        long[] count = {0};
        sources.clear();
        try (Stream<Object[]> rows = staged.stream((rs, n) -> {
            EventRecord event = EventJson.read(rs.getString(7));
            return new Object[] {bounded(groupKey.apply(event)), rs.getString(1), rs.getString(2), event.confidence(),
                    rs.getString(3), rs.getInt(4), rs.getDate(5), rs.getInt(6)};
        })) {
            rows.forEach(row -> {
                sources.add((String) row[4]);
                batch.add(row);
                count[0]++;
                if (batch.size() == BATCH_SIZE) {
                    jdbc.batchUpdate(INSERT_GROUP, batch);
                    connection.commit();
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(INSERT_GROUP, batch);
        }
        connection.commit();
        return count[0];
    }

    /**
     * Calls the consumer with each staged event's group key, the event and its run key; one key's events adjacent.
     * The event carries only what merging needs: its id, date (start and precision), source, line and confidence;
     * {@link #streamMerged()} reads the full records.
     */
    public void forEachByKey(KeyedEventConsumer consumer) {
        DatePrecision[] precisions = DatePrecision.values();
        try (Stream<Runnable> rows = groups.stream((rs, n) -> {
            DateValue date = new DateValue(rs.getDate(7).toLocalDate(), precisions[rs.getInt(8)], null);
            EventRecord event = new EventRecord(rs.getString(3), date, null, null, List.of(), List.of(), null, null,
                    rs.getString(5), null, rs.getInt(6), null, rs.getDouble(4));
            String key = rs.getString(1);
            String runKey = rs.getString(2);
            return () -> consumer.accept(key, event, runKey);
        })) {
            rows.forEach(Runnable::run);
        }
    }

    /** A sink that stores merged events in batches; call {@link MergedSink#flush()} after the last one. */
    public MergedSink mergedSink() {
        return new MergedSink();
    }

    /**
     * The merged events in timeline order (dated by date, undated last), read lazily; close the stream before the
     * pass.
     */
    public Stream<EventRecord> streamMerged() {
        return merged.stream((rs, n) -> withSource(EventJson.read(rs.getString(8)), rs.getString(9)));
    }

    /** Rolls back anything not committed and gives the connection back. */
    @Override
    public void close() {
        connection.close();
    }

    /** The distinct sources of all staged events, sorted, as {@link #keyStagedEvents} found them. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** The number of input items all runs skipped. */
    public long countSkipped() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM skipped_item", Long.class);
        return count == null ? 0 : count;
    }

    private static String bounded(String key) {
        if (key.length() <= KEY_LIMIT) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventRecord withSource(EventRecord r, String source) {
        return source.equals(r.source()) ? r : new EventRecord(r.eventId(), r.date(), r.dateText(), r.type(),
                r.actors(), r.locations(), r.country(), r.casualties(), source, r.articleId(), r.line(),
                r.evidence(), r.confidence());
    }

    /** Takes a staged event with its group key and run key. */
    @FunctionalInterface
    public interface KeyedEventConsumer {
        void accept(String groupKey, EventRecord event, String runKey);
    }

    /**
     * Stores merged events, numbered in arrival order, a batch at a time: their sort columns, merged source list
     * and the staged row (run key and event id) of the record whose fields they keep, not a copy of it.
     */
    public final class MergedSink implements BiConsumer<EventRecord, String> {

        private final List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
        private long seq;

        private MergedSink() {
        }

        @Override
        public void accept(EventRecord r, String runKey) {
            boolean dated = r.date() != null;
            boolean undated = !dated || r.date().precision() == DatePrecision.REPORTED;
            String source = r.source() == null ? "" : r.source();
            batch.add(new Object[] {seq++, undated ? 1 : 0, Date.valueOf(dated ? r.date().start() : NO_DATE),
                    dated ? r.date().precision().ordinal() : DatePrecision.values().length,
                    source.length() > SOURCE_LIMIT ? source.substring(0, SOURCE_LIMIT) : source, r.line(),
                    r.eventId(), runKey, source});
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }

        /** Stores and commits the events not stored yet. */
        public void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(INSERT_MERGED, batch);
                batch.clear();
            }
            connection.commit();
        }
    }
}
