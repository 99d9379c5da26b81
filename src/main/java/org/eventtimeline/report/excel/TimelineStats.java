package org.eventtimeline.report.excel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;

/**
 * Reads event records one at a time and produces the workbook's aggregates: casualty totals, event counts by type
 * and by country, and per actor and per place the number of events with their first and last dates.
 */
final class TimelineStats {

    /** The country label of events whose country is unknown. */
    static final String UNKNOWN_COUNTRY = "(unknown)";

    /** Events of one actor or place, with their date span. */
    static final class Tally {
        private final String name;
        private final String country;
        private int events;
        private final DateSpan span = new DateSpan();

        Tally(String name, String country) {
            this.name = name;
            this.country = country;
        }

        String name() {
            return name;
        }

        String country() {
            return country;
        }

        int events() {
            return events;
        }

        DateSpan span() {
            return span;
        }
    }

    /** A label with a count, for the by-type and by-country tables. */
    record Count(String label, long count) {
    }

    private static final Comparator<Tally> BY_EVENTS_THEN_NAME = Comparator.comparingInt(Tally::events).reversed()
            .thenComparing(Tally::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Tally::name)
            .thenComparing(t -> Objects.toString(t.country(), ""));

    private long killed;
    private long injured;
    private long missing;
    private long abducted;
    private long arrested;
    private final Map<EventType, Long> byType = new EnumMap<>(EventType.class);
    private final Map<String, Long> byCountry = new HashMap<>();
    private final Map<String, Tally> actors = new HashMap<>();
    private final Map<List<String>, Tally> places = new HashMap<>();

    void add(EventRecord event) {
        Casualties c = event.casualties() == null ? Casualties.NONE : event.casualties();
        killed += orZero(c.killed());
        injured += orZero(c.injured());
        missing += orZero(c.missing());
        abducted += orZero(c.abducted());
        arrested += orZero(c.arrested());
        byType.merge(event.type() == null ? EventType.OTHER : event.type(), 1L, Long::sum);
        String country = event.country() == null || event.country().isBlank() ? UNKNOWN_COUNTRY : event.country();
        byCountry.merge(country, 1L, Long::sum);

        Set<String> names = new LinkedHashSet<>();
        event.actors().stream().map(Actor::name).filter(n -> n != null && !n.isBlank()).forEach(names::add);
        for (String name : names) {
            count(actors.computeIfAbsent(name, n -> new Tally(n, null)), event);
        }
        Set<List<String>> keys = new LinkedHashSet<>();
        for (Place place : event.locations()) {
            if (place.name() != null && !place.name().isBlank()) {
                keys.add(Arrays.asList(place.name(), place.country()));
            }
        }
        for (List<String> key : keys) {
            count(places.computeIfAbsent(key, k -> new Tally(k.get(0), k.get(1))), event);
        }
    }

    long killed() {
        return killed;
    }

    long injured() {
        return injured;
    }

    long missing() {
        return missing;
    }

    long abducted() {
        return abducted;
    }

    long arrested() {
        return arrested;
    }

    /** Event types with at least one event, most events first. */
    List<Count> byType() {
        return byType.entrySet().stream()
                .sorted(Map.Entry.<EventType, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey().name(), e.getValue())).toList();
    }

    /** Countries with at least one event, most events first, then by name; the unknown one last of its count. */
    List<Count> byCountry() {
        return byCountry.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(e -> UNKNOWN_COUNTRY.equals(e.getKey()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** Distinct actor names, most events first. */
    List<Tally> actors() {
        return actors.values().stream().sorted(BY_EVENTS_THEN_NAME).toList();
    }

    /** Distinct places (name and country), most events first. */
    List<Tally> places() {
        return places.values().stream().sorted(BY_EVENTS_THEN_NAME).toList();
    }

    private static void count(Tally tally, EventRecord event) {
        tally.events++;
        tally.span.add(event.date());
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
