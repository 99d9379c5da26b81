package org.eventtimeline.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.EventRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the staged events of all runs on a connection of its own ({@link OwnConnection}), in primary key pages, and
 * sorts them twice in bounded memory ({@link ExternalSort}, files under the sort space): by group key, so that the
 * reports of one event come together for merging, and the merged events in timeline order. It writes nothing to the
 * database, so neither the heap nor HSQLDB's transaction state grows with the number of events. One pass at a time;
 * close it when done (that deletes its sort files).
 */
public final class CumulativePass implements AutoCloseable {

    /** Longest source list of a merged event that takes part in its order, as the staged source column holds. */
    static final int SOURCE_LIMIT = 512;

    private final OwnConnection connection;
    private final JdbcTemplate jdbc;
    private final ExternalSort<Keyed> byKey;
    private final ExternalSort<Merged> merged;
    private final TreeSet<String> sources = new TreeSet<>();

    /** A pass whose two sorts each hold up to {@code sortBudgetBytes} of rows in memory before writing a file. */
    CumulativePass(OwnConnection connection, SortSpace space, long sortBudgetBytes) {
        this.connection = connection;
        this.jdbc = connection.jdbc();
        this.byKey = new ExternalSort<>(Keyed.BY_KEY, Keyed.CODEC, sortBudgetBytes, space);
        this.merged = new ExternalSort<>(Merged.REPORT_ORDER, Merged.CODEC, sortBudgetBytes, space);
    }

    /** Reads every staged event of every run and keys it for merging. Returns the number of staged events. */
    public long keyStagedEvents(Function<EventRecord, String> groupKey) {
        long[] count = {0};
        StagedRows.forEachOfAllRuns(jdbc, row -> {
            EventRecord event = row.event();
            byKey.add(new Keyed(groupKey.apply(event), row.runKey(), row.eventId(), event));
            sources.add(row.source());
            count[0]++;
        });
        connection.commit();
        return count[0];
    }

    /**
     * Calls the consumer with each staged event's group key, the event and its run key; one key's adjacent. Once only:
     * it deletes the keyed events' sort files when done, so that they do not stay on disk while the reports are
     * written.
     */
    public void forEachByKey(KeyedEventConsumer consumer) {
        Iterator<Keyed> rows = byKey.sorted();
        while (rows.hasNext()) {
            Keyed row = rows.next();
            consumer.accept(row.groupKey(), row.event(), row.runKey());
        }
        byKey.close();
    }

    /** A sink for the merged events; call {@link MergedSink#flush()} after the last one. */
    public MergedSink mergedSink() {
        return new MergedSink();
    }

    /**
     * The merged events in timeline order (dated by date, undated last), read lazily; it may be read more than once.
     */
    public Stream<EventRecord> streamMerged() {
        Iterator<Merged> rows = merged.sorted();
        Iterator<EventRecord> events = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public EventRecord next() {
                return rows.next().event();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false);
    }

    /** Deletes the sort files and gives the connection back. */
    @Override
    public void close() {
        try (connection) {
            byKey.close();
            merged.close();
        }
    }

    /** The distinct sources of all staged events, sorted; known once the events were keyed. */
    public List<String> sources() {
        return new ArrayList<>(sources);
    }

    /** The number of input items all runs skipped. */
    public long countSkipped() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM skipped_item", Long.class);
        return count == null ? 0 : count;
    }

    /** Takes a staged event with its group key and run key. */
    @FunctionalInterface
    public interface KeyedEventConsumer {
        void accept(String groupKey, EventRecord event, String runKey);
    }

    /** A staged event under its group key; decoded from its payload once, kept in sort files field by field. */
    record Keyed(String groupKey, String runKey, String eventId, EventRecord event) {

        /** By group key; one key's events by run and event id, the order the merge has always seen them in. */
        static final Comparator<Keyed> BY_KEY = Comparator.comparing(Keyed::groupKey)
                .thenComparing(Keyed::runKey)
                .thenComparing(Keyed::eventId);

        static final ExternalSort.Codec<Keyed> CODEC = new ExternalSort.Codec<>() {
            @Override
            public void write(DataOutputStream out, Keyed row) throws IOException {
                ExternalSort.writeText(out, row.groupKey());
                out.writeUTF(row.runKey());
                out.writeUTF(row.eventId());
                EventRecordCodec.write(out, row.event());
            }

            @Override
            public Keyed read(DataInputStream in) throws IOException {
                return new Keyed(ExternalSort.readText(in), in.readUTF(), in.readUTF(), EventRecordCodec.read(in));
            }

            @Override
            public long heapBytes(Keyed row) {
                return 120L + 2L * row.groupKey().length() + EventRecordCodec.heapBytes(row.event());
            }
        };
    }

    /** A merged event with the columns of its timeline order, as {@link StagedRows.Row#REPORT_ORDER} sorts. */
    record Merged(int sortUndated, long startDay, int dateRank, String source, int line, String eventId,
                  EventRecord event) {

        static final Comparator<Merged> REPORT_ORDER = Comparator.comparingInt(Merged::sortUndated)
                .thenComparingLong(Merged::startDay)
                .thenComparingInt(Merged::dateRank)
                .thenComparing(Merged::source)
                .thenComparingInt(Merged::line)
                .thenComparing(Merged::eventId);

        static final ExternalSort.Codec<Merged> CODEC = new ExternalSort.Codec<>() {
            @Override
            public void write(DataOutputStream out, Merged row) throws IOException {
                out.writeInt(row.sortUndated());
                out.writeLong(row.startDay());
                out.writeInt(row.dateRank());
                ExternalSort.writeText(out, row.source());
                out.writeInt(row.line());
                out.writeUTF(row.eventId());
                EventRecordCodec.write(out, row.event());
            }

            @Override
            public Merged read(DataInputStream in) throws IOException {
                return new Merged(in.readInt(), in.readLong(), in.readInt(), ExternalSort.readText(in), in.readInt(),
                        in.readUTF(), EventRecordCodec.read(in));
            }

            @Override
            public long heapBytes(Merged row) {
                return 80L + 2L * row.source().length() + EventRecordCodec.heapBytes(row.event());
            }
        };
    }

    /**
     * Takes merged events with the run key of the record whose fields they keep and sorts them in timeline order:
     * undated (or only report-dated) last, then by start date (none last), precision, source list, line and id.
     */
    public final class MergedSink implements BiConsumer<EventRecord, String> {

        private MergedSink() {
        }

        @Override
        public void accept(EventRecord r, String runKey) {
            boolean dated = r.date() != null;
            boolean undated = !dated || r.date().precision() == DatePrecision.REPORTED;
            String source = r.source() == null ? "" : r.source();
            EventRecord event = source.equals(r.source()) ? r : withSource(r, source);
            merged.add(new Merged(undated ? 1 : 0, dated ? r.date().start().toEpochDay() : Long.MAX_VALUE,
                    dated ? r.date().precision().ordinal() : DatePrecision.values().length,
                    source.length() > SOURCE_LIMIT ? source.substring(0, SOURCE_LIMIT) : source, r.line(),
                    r.eventId(), event));
        }

        /** Nothing is left to store once the last event was taken; kept so that callers mark the end. */
        public void flush() {
            // every merged event went to the sort in accept
        }
    }

    private static EventRecord withSource(EventRecord r, String source) {
        return new EventRecord(r.eventId(), r.date(), r.dateText(), r.type(), r.actors(), r.locations(), r.country(),
                r.casualties(), source, r.articleId(), r.line(), r.evidence(), r.confidence());
    }
}
