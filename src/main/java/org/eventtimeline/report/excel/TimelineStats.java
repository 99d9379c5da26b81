package org.eventtimeline.report.excel;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * A place's identity in the Locations sheet: its name and country. It hashes as the list of both did, so the
     * map iterates in the same order and places tied in the sort keep their order.
     */
    private record PlaceKey(String name, String country) {
        @Override
        public int hashCode() {
            return 31 * (31 + Objects.hashCode(name)) + Objects.hashCode(country);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PlaceKey key && Objects.equals(name, key.name)
                    && Objects.equals(country, key.country);
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
    private final Map<PlaceKey, Tally> places = new HashMap<>();

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

        List<Actor> eventActors = event.actors();
        for (int i = 0; i < eventActors.size(); i++) {
            String name = eventActors.get(i).name();
            if (isNamed(name) && !namedBefore(eventActors, i, name)) {
                count(actors.computeIfAbsent(name, n -> new Tally(n, null)), event);
            }
        }
        List<Place> eventPlaces = event.locations();
        for (int i = 0; i < eventPlaces.size(); i++) {
            Place place = eventPlaces.get(i);
            if (isNamed(place.name()) && !placedBefore(eventPlaces, i, place)) {
                count(places.computeIfAbsent(new PlaceKey(place.name(), place.country()),
                        k -> new Tally(k.name(), k.country())), event);
            }
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

    private static boolean isNamed(String name) {
        return name != null && !name.isBlank();
    }

    /** Whether an actor before {@code index} has the same name: an event counts once per name. */
    private static boolean namedBefore(List<Actor> actors, int index, String name) {
        for (int j = 0; j < index; j++) {
            if (name.equals(actors.get(j).name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place before {@code index} has the same name and country: an event counts once per place. */
    private static boolean placedBefore(List<Place> places, int index, Place place) {
        for (int j = 0; j < index; j++) {
            Place other = places.get(j);
            if (place.name().equals(other.name()) && Objects.equals(place.country(), other.country())) {
                return true;
            }
        }
        return false;
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
