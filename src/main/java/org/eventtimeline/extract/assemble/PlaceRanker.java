package org.eventtimeline.extract.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.Sentence;

/**
 * Reads a paragraph's place mentions and orders its distinct places most important first: by the mention's score
 * (a locative cue and a specific place score high), then the main sentence's first. A country only said to be near
 * the event ("near Taiwan") goes last and never gives the event its country.
 */
public final class PlaceRanker {

    private static final Pattern NOT_THERE = Pattern.compile(
            "(?i)\\b(?:near|close to|bordering|towards?|from|against|with)\\s+(?:the\\s+)?$");

    /** A mention's score from which on a locative cue ("in", "outside") placed it. */
    static final double CUED = 0.75;

    /**
     * The ranked places, the country of the best place that the event is not only near, and whether a locative cue
     * placed that best place.
     */
    public record Ranked(List<Place> places, String country, boolean cued) {
    }

    public Ranked rank(ParagraphView view, Sentence main) {
        List<PlaceMention> mentions = new ArrayList<>(view.places());
        Map<PlaceMention, Boolean> outside = new IdentityHashMap<>();
        for (PlaceMention m : mentions) {
            outside.put(m, isOutside(view, m));
        }
        mentions.sort(Comparator.comparing((PlaceMention m) -> outside.get(m))
                .thenComparing(Comparator.comparingDouble(PlaceMention::score).reversed())
                .thenComparingInt(m -> m.sentence() == main.index() ? 0 : 1)
                .thenComparingInt(m -> specificity(m.place().kind()))
                .thenComparingInt(PlaceMention::sentence)
                .thenComparingInt(PlaceMention::start));
        Map<String, Place> distinct = new LinkedHashMap<>();
        String country = null;
        boolean cued = false;
        for (PlaceMention m : mentions) {
            distinct.putIfAbsent(m.place().name().toLowerCase(Locale.ROOT), m.place());
            if (country == null && !outside.get(m) && m.place().country() != null) {
                country = m.place().country();
                cued = m.score() >= CUED;
            }
        }
        return new Ranked(List.copyOf(distinct.values()), country, cued);
    }

    private static boolean isOutside(ParagraphView view, PlaceMention m) {
        if (m.place().kind() != PlaceKind.COUNTRY && m.place().kind() != PlaceKind.TERRITORY) {
            return false;
        }
        String text = view.document().sentence(m.sentence()).text();
        return NOT_THERE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
    }

    private static int specificity(PlaceKind kind) {
        return switch (kind) {
            case LOCALITY, CITY -> 0;
            case REGION -> 1;
            case TERRITORY -> 2;
            case COUNTRY -> 3;
        };
    }
}
