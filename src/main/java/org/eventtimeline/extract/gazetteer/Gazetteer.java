package org.eventtimeline.extract.gazetteer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;

/**
 * Hashed lookups over known places and nationality words: a place by its name or alias, a country by a demonym.
 * Immutable once built, so one instance serves all threads.
 */
public final class Gazetteer {

    private final Map<String, Place> places;
    private final Map<String, String> demonyms;

    private Gazetteer(Map<String, Place> places, Map<String, String> demonyms) {
        this.places = Map.copyOf(places);
        this.demonyms = Map.copyOf(demonyms);
    }

    /**
     * A gazetteer of the given places (keyed by name; on a clash the first wins, so pass the most important first)
     * and demonyms (nationality word to country name).
     */
    public static Gazetteer of(Collection<Place> places, Map<String, String> demonyms) {
        Map<String, Place> byName = new HashMap<>();
        for (Place place : places) {
            byName.putIfAbsent(key(place.name()), place);
        }
        Map<String, String> byDemonym = new HashMap<>();
        demonyms.forEach((word, country) -> byDemonym.putIfAbsent(key(word), country));
        return new Gazetteer(byName, byDemonym);
    }

    /** The place known by this name or alias, if any. */
    public Optional<Place> place(String name) {
        return Optional.ofNullable(places.get(key(name)));
    }

    /** The country a nationality word ("Kenyan", "Japanese") belongs to, if any. */
    public Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(demonyms.get(key(word)));
    }

    /** Whether the name is a country. */
    public boolean isCountry(String name) {
        return place(name).map(p -> p.kind() == PlaceKind.COUNTRY).orElse(false);
    }

    public int size() {
        return places.size();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
