package org.eventtimeline.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.Place;

/**
 * Reads event records grouped by {@link #mergeKey merge key} (records of one key adjacent) and produces one record
 * per key: the fields of the preferred record (highest confidence, then source, line, event id) with
 * {@code source} listing every distinct source, the preferred record's first. Keeps only one record and a set of
 * source names per group in memory. Not thread-safe: one instance per pass.
 */
public final class EventMerger {

    /** Separator of the sources of a merged event. */
    public static final String SOURCE_SEPARATOR = "; ";

    /** The record whose fields a merged event keeps comes first: most confident, then by source, line and id. */
    public static final Comparator<EventRecord> PREFERRED_FIRST = Comparator
            .comparingDouble((EventRecord r) -> Double.isNaN(r.confidence()) ? Double.NEGATIVE_INFINITY
                    : r.confidence()).reversed()
            .thenComparing(EventRecord::source, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(EventRecord::line)
            .thenComparing(EventRecord::eventId, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Starts the group key of a record too weak to merge; no merge key starts with it. */
    public static final String WEAK_PREFIX = "~";

    private final BiConsumer<EventRecord, String> out;
    private String key;
    private EventRecord preferred;
    private String preferredTag;
    private final TreeSet<String> sources = new TreeSet<>();
    private long emitted;

    /** A merger that hands each merged record and the tag its preferred record came with to {@code out}. */
    public EventMerger(BiConsumer<EventRecord, String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** A merger that hands each merged record to {@code out}. */
    public static EventMerger into(Consumer<EventRecord> out) {
        Objects.requireNonNull(out, "out");
        return new EventMerger((record, tag) -> out.accept(record));
    }

    /**
     * The key under which reports of one event merge: type, place (first location, else country, case-folded),
     * date (ISO start and precision) and the five casualty figures. Null when the record is too weak to merge
     * with anything: it has no casualty figure and either no place or no day-precise date.
     */
    public static String mergeKey(EventRecord record) {
        Casualties casualties = record.casualties() == null ? Casualties.NONE : record.casualties();
        String place = place(record);
        boolean dayPrecise = record.date() != null && record.date().precision() == DatePrecision.DAY;
        if (casualties.isEmpty() && (place.isEmpty() || !dayPrecise)) {
            return null;
        }
        String date = record.date() == null ? "" : record.date().isoStart() + '/' + record.date().precision();
        return String.join("|", String.valueOf(record.type()), place, date, figure(casualties.killed()),
                figure(casualties.injured()), figure(casualties.missing()), figure(casualties.abducted()),
                figure(casualties.arrested()));
    }

    /**
     * The group a record merges in: its merge key, or for a record too weak to merge, {@link #WEAK_PREFIX} and its
     * event id. Equal event ids mean the same paragraph of a same-named file read for the same reference date, so
     * that a run repeated under a new run key (e.g. the input file was touched) lists even weak events once.
     */
    public static String groupKey(EventRecord record) {
        String key = mergeKey(record);
        return key != null ? key : WEAK_PREFIX + record.eventId();
    }

    /** Merges the records in memory (for small inputs and tests); the result is in report order. */
    public static List<EventRecord> mergeAll(Collection<EventRecord> records) {
        List<EventRecord> list = List.copyOf(records);
        List<String> keys = new ArrayList<>(list.size());
        List<Integer> order = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            keys.add(list.get(i).eventId() == null ? WEAK_PREFIX + "#" + i : groupKey(list.get(i)));
            order.add(i);
        }
        order.sort(Comparator.comparing(keys::get));
        List<EventRecord> merged = new ArrayList<>();
        EventMerger merger = EventMerger.into(merged::add);
        order.forEach(i -> merger.accept(keys.get(i), list.get(i)));
        merger.finish();
        merged.sort(EventOrder.REPORT_ORDER);
        return merged;
    }

    /** Adds a record under its group key; a key different from the previous one closes the previous group. */
    public void accept(String groupKey, EventRecord record) {
        accept(groupKey, record, null);
    }

    /**
     * Adds a record with a tag of the caller's (e.g. where it is stored), handed back with the merged record when
     * this record is the preferred one of its group.
     */
    public void accept(String groupKey, EventRecord record, String tag) {
        if (preferred != null && !groupKey.equals(key)) {
            emit();
        }
        key = groupKey;
        if (preferred == null || PREFERRED_FIRST.compare(record, preferred) < 0) {
            preferred = record;
            preferredTag = tag;
        }
        if (record.source() != null && !record.source().isBlank()) {
            sources.add(record.source());
        }
    }

    /** Closes the last group. */
    public void finish() {
        if (preferred != null) {
            emit();
        }
    }

    /** How many merged records this merger produced so far. */
    public long emitted() {
        return emitted;
    }

    private void emit() {
        out.accept(withSources(preferred, sources), preferredTag);
        emitted++;
        preferred = null;
        preferredTag = null;
        key = null;
        sources.clear();
    }

    /** The record with {@code source} replaced by its own source followed by the other distinct ones, sorted. */
    static EventRecord withSources(EventRecord record, Collection<String> sources) {
        List<String> ordered = new ArrayList<>();
        if (record.source() != null && !record.source().isBlank()) {
            ordered.add(record.source());
        }
        sources.stream().filter(s -> !ordered.contains(s)).sorted().forEach(ordered::add);
        String joined = String.join(SOURCE_SEPARATOR, ordered);
        if (joined.equals(record.source())) {
            return record;
        }
        return new EventRecord(record.eventId(), record.date(), record.dateText(), record.type(), record.actors(),
                record.locations(), record.country(), record.casualties(), joined, record.articleId(),
                record.line(), record.evidence(), record.confidence());
    }

    private static String place(EventRecord record) {
        String name = record.locations().stream().map(Place::name).filter(Objects::nonNull)
                .filter(n -> !n.isBlank()).findFirst().orElse(record.country());
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String figure(Integer value) {
        return value == null ? "" : value.toString();
    }
}
