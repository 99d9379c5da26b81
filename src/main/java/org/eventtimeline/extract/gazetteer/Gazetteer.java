package org.eventtimeline.extract.gazetteer;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;

/**
 * Hashed lookups over known places and nationality words: a place by its name or alias, a country by a demonym.
 * Immutable once built, so one instance serves all threads.
 */
public final class Gazetteer {

    private final Map<String, Place> places;
    private final Map<String, String> demonyms;
    private final Map<String, Place> usStates;
    private final Set<String> usTowns;
    private final KeyFilter placeKeys;
    private final KeyFilter demonymKeys;
    private final KeyFilter townKeys;
    private final Latin1KeyTable<Place> latin1Places;
    private final Latin1KeyTable<String> latin1Demonyms;

    private Gazetteer(Map<String, Place> places, Map<String, String> demonyms, Map<String, Place> usStates,
                      Set<String> usTowns) {
        this.places = Collections.unmodifiableMap(new HashMap<>(places));
        this.demonyms = Map.copyOf(demonyms);
        this.usStates = Map.copyOf(usStates);
        this.usTowns = Set.copyOf(usTowns);
        this.placeKeys = new KeyFilter(places.keySet());
        this.demonymKeys = new KeyFilter(demonyms.keySet());
        this.latin1Places = new Latin1KeyTable<>(this.places);
        this.latin1Demonyms = new Latin1KeyTable<>(this.demonyms);
        this.townKeys = new KeyFilter(usTowns.stream().map(k -> k.substring(0, k.lastIndexOf('|'))).toList());
    }

    /** The shipped gazetteer (classpath resources under /gazetteer), read once and shared. */
    public static Gazetteer load() {
        return Shipped.INSTANCE;
    }

    /**
     * A gazetteer of the given places (keyed by name; on a clash the first wins, so pass the most important first)
     * and demonyms (nationality word to country name).
     */
    public static Gazetteer of(Collection<Place> places, Map<String, String> demonyms) {
        Map<String, Place> byName = new LinkedHashMap<>();
        for (Place place : places) {
            byName.putIfAbsent(key(place.name()), place);
        }
        return ofNames(byName, demonyms, Map.of());
    }

    /**
     * A gazetteer keyed by name or alias ("U.S." to the place United States; on a clash the first entry wins), with
     * demonyms and US state spellings (full name, postal code "TX", AP abbreviation "Calif.") mapped to the state's
     * full name, for "City, ST" datelines.
     */
    public static Gazetteer ofNames(Map<String, Place> placesByName, Map<String, String> demonyms,
                                    Map<String, String> usStateSpellings) {
        return ofNames(placesByName, demonyms, usStateSpellings, List.of());
    }

    /** As {@link #ofNames(Map, Map, Map)}, plus US towns as (town, full state name) pairs. */
    public static Gazetteer ofNames(Map<String, Place> placesByName, Map<String, String> demonyms,
                                    Map<String, String> usStateSpellings, Collection<Map.Entry<String, String>> towns) {
        Map<String, Place> byName = new HashMap<>(placesByName.size() * 2);
        placesByName.forEach((name, place) -> byName.putIfAbsent(key(name), place));
        Map<String, String> byDemonym = new HashMap<>();
        demonyms.forEach((word, country) -> byDemonym.putIfAbsent(key(word), country));
        Map<String, Place> states = new HashMap<>();
        usStateSpellings.forEach((spelling, state) ->
                states.putIfAbsent(spelling, new Place(state, "United States", PlaceKind.REGION)));
        Set<String> townKeys = new HashSet<>(towns.size() * 2);
        towns.forEach(t -> townKeys.add(townKey(t.getKey(), t.getValue())));
        return new Gazetteer(byName, byDemonym, states, townKeys);
    }

    /** The place known by this name or alias, if any. */
    public Optional<Place> place(String name) {
        return place(name, 0, name.length());
    }

    /** The place known by the name text[start, end), as {@link #place(String)} of that substring. */
    public Optional<Place> place(String text, int start, int end) {
        if (!placeKeys.mayHold(text, start, end)) {
            return Optional.empty();
        }
        if (Latin1KeyTable.isLatin1(text, start, end)) {
            return Optional.ofNullable(latin1Places.get(text, start, end)); // no '’' to replace: the key is the span lower-cased
        }
        return Optional.ofNullable(places.get(key(text.substring(start, end))));
    }

    /** The country a nationality word ("Kenyan", "Japanese") belongs to, if any. */
    public Optional<String> countryOfDemonym(String word) {
        if (!demonymKeys.mayHold(word, 0, word.length())) {
            return Optional.empty();
        }
        if (Latin1KeyTable.isLatin1(word, 0, word.length())) {
            return Optional.ofNullable(latin1Demonyms.get(word, 0, word.length()));
        }
        return Optional.ofNullable(demonyms.get(key(word)));
    }

    /** Whether the name is a country. */
    public boolean isCountry(String name) {
        return place(name).map(p -> p.kind() == PlaceKind.COUNTRY).orElse(false);
    }

    /**
     * The US state written as its full name ("Illinois"), postal code ("IL", upper case only) or AP abbreviation
     * ("Ill.", "W.Va."), if any. Case-sensitive, so "in" or "Me" never read as a state.
     */
    public Optional<Place> usState(String spelling) {
        return Optional.ofNullable(usStates.get(spelling));
    }

    /** Whether a US town of this name lies in this state (full name), as "Jackson" in "Mississippi". */
    public boolean isUsTown(String town, String state) {
        return townKeys.mayHold(town, 0, town.length()) && usTowns.contains(townKey(town, state));
    }

    /** How many place names (with aliases) are known. */
    public int size() {
        return places.size();
    }

    private static String key(String name) {
        return name.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static String townKey(String town, String state) {
        return key(town) + '|' + key(state);
    }

    /** Lazy holder: the shipped resources are read on first use only. */
    private static final class Shipped {
        static final Gazetteer INSTANCE = GazetteerLoader.fromClasspath();
    }
}
