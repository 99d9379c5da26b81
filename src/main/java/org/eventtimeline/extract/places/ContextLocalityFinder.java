package org.eventtimeline.extract.places;

import java.util.List;
import java.util.Set;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.gazetteer.Gazetteer;

/**
 * Reads a sentence's words and adds places the gazetteer lacks, found by context: a capitalised run after a locative
 * preposition ("in Putra Heights", "near the Pituffik Space Base") or a facility name after "the". Each becomes a
 * LOCALITY whose country is taken from the nearest gazetteer place in the sentence (after it first).
 */
public final class ContextLocalityFinder {

    private static final int MAX_WORDS = 5;
    private static final Set<String> FACILITIES = Set.of("base", "airport", "airbase", "hospital", "school",
            "mall", "church", "mosque", "synagogue", "temple", "station", "camp", "market", "bridge", "street",
            "road", "avenue", "boulevard", "highway", "park", "square", "prison", "jail", "hotel", "stadium",
            "arena", "village", "heights", "port", "harbor", "harbour", "plaza", "center", "centre", "complex",
            "compound", "crossing", "checkpoint", "refinery", "plant", "mine", "dam", "island", "valley");

    private final Gazetteer gazetteer;

    public ContextLocalityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the sentence's context localities; needs the gazetteer mentions in {@code found} for countries. */
    public void find(int sentence, String text, List<Token> tokens, List<PlaceMention> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.capitalised() || Spans.overlaps(found, first.start(), first.end())) {
                continue;
            }
            int last = runEnd(text, tokens, i);
            int cue = PlaceContext.cueBefore(tokens, i, gazetteer);
            boolean afterThe = i > 0 && tokens.get(i - 1).lower().equals("the");
            boolean single = last == i;
            // (STRONG && (!single || !afterThe || facility)) || (WEAK && !single && facility)
            // || (afterThe && facility && !single), the facility word looked up only where it decides
            boolean accepted = cue == PlaceContext.STRONG && (!single || !afterThe)
                    || (cue == PlaceContext.STRONG || !single && (cue == PlaceContext.WEAK || afterThe))
                    && FACILITIES.contains(tokens.get(last).bare().toLowerCase(java.util.Locale.ROOT));
            if (!accepted) {
                i = last;
                continue;
            }
            int end = tokens.get(last).start() + tokens.get(last).bare().length();
            String name = text.substring(first.start(), end);
            if (plausible(tokens, i, last) && !Spans.overlaps(found, first.start(), end)
                    && !PlaceCues.INSTITUTIONS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                double score = cue == PlaceContext.STRONG ? 0.8 : 0.65;
                found.add(new PlaceMention(sentence, first.start(), end, name,
                        new Place(name, countryNear(found, first.start(), end), PlaceKind.LOCALITY), score));
            }
            i = last;
        }
    }

    /** The last word of the longest capitalised run from {@code i} (at most five words, connectors inside). */
    private static int runEnd(String text, List<Token> tokens, int i) {
        int last = i;
        for (int j = i + 1; j < Math.min(tokens.size(), i + MAX_WORDS); j++) {
            if (GazetteerMatcher.isRun(text, tokens, i, j)) {
                last = j;
            } else if (tokens.get(j).capitalised() || !PlaceCues.CONNECTORS.contains(tokens.get(j).text())) {
                break;
            }
        }
        return last;
    }

    /** Rejects runs that name a time, a person, a nationality or an organisation. */
    private boolean plausible(List<Token> tokens, int i, int last) {
        Token first = tokens.get(i);
        String head = first.lower().replace(".", "");
        if (PlaceCues.NOT_PLACE_START.contains(head) || PlaceCues.TITLES.contains(head)
                || gazetteer.countryOfDemonym(first.bare()).isPresent()) {
            return false;
        }
        if (tokens.get(last).possessive()) {
            return false; // "in Trump's administration": an owner, not a place
        }
        if (PlaceCues.ORG_ENDINGS.contains(tokens.get(last).bare().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return last + 1 >= tokens.size() || !PlaceCues.SPEECH.contains(tokens.get(last + 1).lower());
    }

    /** The country of the nearest gazetteer place after the span, else before it; null when there is none. */
    private static String countryNear(List<PlaceMention> found, int start, int end) {
        PlaceMention after = null;
        PlaceMention before = null;
        for (PlaceMention m : found) {
            if (m.place().country() == null) {
                continue;
            }
            if (m.start() >= end && (after == null || m.start() < after.start())) {
                after = m;
            } else if (m.end() <= start && (before == null || m.end() > before.end())) {
                before = m;
            }
        }
        PlaceMention nearest = after != null ? after : before;
        return nearest == null ? null : nearest.place().country();
    }
}
