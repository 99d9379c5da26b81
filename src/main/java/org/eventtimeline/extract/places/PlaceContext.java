package org.eventtimeline.extract.places;

import java.util.List;
import java.util.Set;

import org.eventtimeline.extract.gazetteer.Gazetteer;

/** Reads the words around a name and tells how strongly they mark it as a location (a locative preposition). */
public final class PlaceContext {

    /** No locative cue before the name. */
    public static final int NONE = 0;
    /** A weak cue ("from", "to", "into"). */
    public static final int WEAK = 1;
    /** A strong cue ("in", "near", "outside"). */
    public static final int STRONG = 2;

    private static final Set<String> SKIPPABLE = Set.of("the", "of", "city", "town", "village", "province",
            "state", "region", "capital", "port", "county", "district", "area", "neighborhood", "neighbourhood",
            "suburb", "suburbs", "outskirts", "country", "island", "territory", "border", "coastal", "small",
            "southern", "northern", "eastern", "western", "central", "northeastern", "northwestern",
            "southeastern", "southwestern", "north", "south", "east", "west", "nearby", "rural", "remote");

    private PlaceContext() {
    }

    /**
     * The locative cue before token {@code i}, looking back over up to five filler words ("in the southern city
     * of", "in northwestern", "in the Russian city of").
     */
    public static int cueBefore(List<Token> tokens, int i, Gazetteer gazetteer) {
        for (int k = i - 1, skipped = 0; k >= 0 && skipped <= 5; k--, skipped++) {
            String word = tokens.get(k).lower();
            if (PlaceCues.STRONG_LOCATIVE.contains(word)) {
                return STRONG;
            }
            if (PlaceCues.LOCATIVE.contains(word)) {
                return WEAK;
            }
            boolean filler = SKIPPABLE.contains(word)
                    || (tokens.get(k).capitalised() && gazetteer.countryOfDemonym(word).isPresent());
            if (!filler) {
                return NONE;
            }
        }
        return NONE;
    }

    /** The score bonus for a cue: strong locatives mark where the event happened. */
    public static double bonus(int cue) {
        return cue == STRONG ? 0.25 : cue == WEAK ? 0.12 : 0.0;
    }

    /** Clamps a score into [0.05, 1]. */
    public static double clamp(double score) {
        return Math.max(0.05, Math.min(1.0, score));
    }
}
