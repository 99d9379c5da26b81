package org.eventtimeline.extract.places;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.gazetteer.Gazetteer;

/**
 * Reads a sentence's words and adds a mention for each gazetteer name over a capitalised run (longest first, up to
 * five words), skipping person names ("Jordan Peterson", "Martinez said") and organisations ("Bank of America").
 */
public final class GazetteerMatcher {

    private static final int MAX_WORDS = 5;
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

    private final Gazetteer gazetteer;

    public GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the sentence's gazetteer mentions that do not overlap those already {@code found}. */
    public void match(int sentence, String text, List<Token> tokens, List<PlaceMention> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.capitalised() || Spans.overlaps(found, first.start(), first.end())) {
                continue;
            }
            int reach = i;
            while (reach + 1 < Math.min(i + MAX_WORDS, tokens.size()) && linked(text, tokens, reach)) {
                reach++;
            }
            // n from min(MAX_WORDS, tokens.size() - i) down, skipping every n whose last word lies past reach
            for (int n = Math.min(Math.min(MAX_WORDS, tokens.size() - i), reach - i + 1); n >= 1; n--) {
                int j = i + n - 1;
                if (!tokens.get(j).capitalised()) {
                    continue; // not a run: isRun(text, tokens, i, j) is false
                }
                Token last = tokens.get(j);
                int end = last.start() + last.bare().length();
                Optional<Place> place = gazetteer.place(text, first.start(), end);
                if (place.isPresent()) {
                    if (!Spans.overlaps(found, first.start(), end)) {
                        accept(sentence, text, tokens, i, j, end, place.get(), found);
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    private void accept(int sentence, String text, List<Token> tokens, int i, int j, int end, Place place,
                        List<PlaceMention> found) {
        Token prev = spaced(text, tokens, i - 1) ? tokens.get(i - 1) : null;
        Token next = !tokens.get(j).possessive() && spaced(text, tokens, j) ? tokens.get(j + 1) : null;
        boolean small = place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.REGION;
        if (prev != null && PlaceCues.TITLES.contains(prev.lower().replace(".", ""))) {
            return;
        }
        if (prev != null && i - 1 > 0 && prev.capitalised() && !excusedBefore(prev)) {
            return;
        }
        if (next != null && next.capitalised() && !TIME_WORDS.contains(next.lower())
                && !PlaceCues.ADMIN_SUFFIXES.contains(next.text())) {
            return;
        }
        int cue = PlaceContext.cueBefore(tokens, i, gazetteer);
        if (cue == PlaceContext.NONE && next != null && small && PlaceCues.SPEECH.contains(next.lower())) {
            return;
        }
        if (cue == PlaceContext.NONE && small && ageFollows(text, end)) {
            return;
        }
        if (organisationOf(tokens, i)) {
            return;
        }
        double score = baseScore(place.kind()) + PlaceContext.bonus(cue);
        if ((i > 0 && Tokenizer.hyphenated(text, tokens.get(i - 1), tokens.get(i)))
                || (j + 1 < tokens.size() && Tokenizer.hyphenated(text, tokens.get(j), tokens.get(j + 1)))) {
            score -= 0.2;
        }
        if (tokens.get(j).possessive()) {
            score -= 0.1;
        }
        if (cue == PlaceContext.NONE && (i == 0 || (i == 1 && tokens.get(0).lower().equals("the")))) {
            score -= 0.15;
        }
        if (next != null && PlaceCues.ADMIN_SUFFIXES.contains(next.text())) {
            end = next.end();
            if (place.kind() == PlaceKind.CITY) {
                PlaceKind kind = PlaceCues.REGION_SUFFIXES.contains(next.text()) ? PlaceKind.REGION : PlaceKind.LOCALITY;
                place = new Place(text.substring(tokens.get(i).start(), end), place.country(), kind);
            }
        }
        found.add(new PlaceMention(sentence, tokens.get(i).start(), end, text.substring(tokens.get(i).start(), end),
                place, PlaceContext.clamp(score)));
    }

    /** Whether words i..j may form one name: joined by spaces or hyphens, capitalised at both ends. */
    static boolean isRun(String text, List<Token> tokens, int i, int j) {
        if (!tokens.get(j).capitalised()) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (!linked(text, tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether word k may continue into word k + 1 inside one name. */
    private static boolean linked(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return Tokenizer.joinable(text, t, tokens.get(k + 1)) && !t.possessive()
                && (t.capitalised() || PlaceCues.CONNECTORS.contains(t.text()));
    }

    /** Whether words {@code left} and {@code left + 1} exist and are separated by exactly one space. */
    private static boolean spaced(String text, List<Token> tokens, int left) {
        return left >= 0 && left + 1 < tokens.size()
                && tokens.get(left + 1).start() - tokens.get(left).end() == 1 && text.charAt(tokens.get(left).end()) == ' ';
    }

    private boolean excusedBefore(Token prev) {
        String word = prev.lower();
        return PlaceCues.LOCATIVE.contains(word) || PlaceCues.CONNECTORS.contains(word)
                || PlaceCues.DIRECTIONS.contains(word) || PlaceCues.NOT_PLACE_START.contains(word)
                || gazetteer.countryOfDemonym(prev.bare()).isPresent() || gazetteer.place(prev.bare()).isPresent();
    }

    private static boolean ageFollows(String text, int end) {
        int k = end;
        while (k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == ' ')) {
            k++;
        }
        return k > end && text.startsWith(",", end) && k < text.length() && Character.isDigit(text.charAt(k));
    }

    /** "Bank of America", "University of Texas": a capitalised head joined by "of" names an organisation. */
    private static boolean organisationOf(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).text().equals("of")
                || tokens.get(i - 1).start() != tokens.get(i - 2).end() + 1) {
            return false;
        }
        Token head = tokens.get(i - 2);
        return head.capitalised() && !PlaceCues.PLACE_HEADS.contains(head.lower());
    }

    private static double baseScore(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> 0.5;
            case TERRITORY -> 0.55;
            case REGION -> 0.6;
            case CITY, LOCALITY -> 0.7;
        };
    }
}
