package org.eventtimeline.extract.places;

import java.util.List;
import java.util.Optional;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.gazetteer.Gazetteer;

/**
 * Reads "Town, State" and "Town, Country" pairs in a sentence ("Springfield, Ill.", "Uvalde, Texas", "Putra
 * Heights, Malaysia", datelines "UVALDE, Texas") and adds the town (a gazetteer city, else a LOCALITY) with the
 * country of what follows the comma, plus the US state itself.
 */
public final class CommaPlaceFinder {

    private static final int MAX_TOWN_WORDS = 4;

    private final Gazetteer gazetteer;

    public CommaPlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the sentence's comma-pair mentions to {@code found}. */
    public void find(int sentence, String text, List<Token> tokens, List<PlaceMention> found) {
        for (int s = 1; s < tokens.size(); s++) {
            Token after = tokens.get(s);
            if (!after.capitalised()
                    || !commaGap(text, tokens.get(s - 1).end(), after.start())) {
                continue;
            }
            int r = townStart(text, tokens, s - 1);
            if (r < 0 || Spans.overlaps(found, tokens.get(r).start(), after.start())) {
                continue;
            }
            Optional<Span> state = usState(text, tokens, s);
            if (state.isPresent()) {
                boolean town = addTown(sentence, text, tokens, r, s - 1, state.get().place, found);
                if (town && !Spans.overlaps(found, state.get().start, state.get().end)) {
                    found.add(new PlaceMention(sentence, state.get().start, state.get().end,
                            text.substring(state.get().start, state.get().end), state.get().place, 0.75));
                }
                continue;
            }
            Optional<Place> area = area(text, tokens, s);
            if (area.isPresent()) {
                addTown(sentence, text, tokens, r, s - 1, area.get(), found);
            }
        }
    }

    /** Whether text[from, to) is a comma and whitespace, as {@code ,\s+} matches it whole. */
    static boolean commaGap(String text, int from, int to) {
        if (to - from < 2 || text.charAt(from) != ',') {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) {
                return false;
            }
        }
        return true;
    }

    /** The first word of the capitalised run ending at {@code last}, or -1. */
    private static int townStart(String text, List<Token> tokens, int last) {
        int r = last;
        while (r > 0 && last - r + 1 < MAX_TOWN_WORDS && tokens.get(r - 1).capitalised()
                && !PlaceCues.LOCATIVE.contains(tokens.get(r - 1).lower())
                && !PlaceCues.NOT_PLACE_START.contains(tokens.get(r - 1).lower())
                && Tokenizer.joinable(text, tokens.get(r - 1), tokens.get(r))) {
            r--;
        }
        return GazetteerMatcher.isRun(text, tokens, r, last) && !tokens.get(last).possessive() ? r : -1;
    }

    /** Adds the town before the comma, in {@code area}'s country; false when the words are no town. */
    private boolean addTown(int sentence, String text, List<Token> tokens, int r, int last, Place area,
                         List<PlaceMention> found) {
        int start = tokens.get(r).start();
        int end = tokens.get(last).end();
        String name = text.substring(start, end);
        Optional<Place> known = gazetteer.place(name);
        if (known.isPresent() && known.get().kind() != PlaceKind.CITY) {
            if (!area.name().equals("District of Columbia")) {
                return false; // a list of regions or countries ("Texas, Florida and Ohio")
            }
            known = Optional.of(new Place(name, area.country(), PlaceKind.CITY));
        }
        boolean cued = PlaceContext.cueBefore(tokens, r, gazetteer) != PlaceContext.NONE;
        boolean dateline = r == 0 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
        boolean county = PlaceCues.ADMIN_SUFFIXES.contains(tokens.get(last).text()) && last > r;
        Place town;
        String reported = dateline ? titleCase(name) : name;
        if (area.kind() == PlaceKind.REGION && gazetteer.isUsTown(name, area.name())) {
            town = new Place(reported, area.country(), PlaceKind.CITY);
        } else if (known.isPresent() && area.country().equals(known.get().country())) {
            town = known.get();
        } else if (cued || dateline || county || known.isPresent()) {
            PlaceKind kind = county && PlaceCues.REGION_SUFFIXES.contains(tokens.get(last).text())
                    ? PlaceKind.REGION : PlaceKind.LOCALITY;
            town = new Place(reported, area.country(), kind);
        } else {
            return false; // "Ken Paxton, Texas attorney general": a person, not a town
        }
        found.add(new PlaceMention(sentence, start, end, name, town, cued || dateline ? 0.95 : 0.9));
        return true;
    }

    /** The country, territory or region named after the comma ("Malaysia", "South Korea", "Ontario"), if any. */
    private Optional<Place> area(String text, List<Token> tokens, int s) {
        for (int j = Math.min(tokens.size() - 1, s + 2); j >= s; j--) {
            if (GazetteerMatcher.isRun(text, tokens, s, j)) {
                Token last = tokens.get(j);
                Optional<Place> place = gazetteer.place(
                        text.substring(tokens.get(s).start(), last.start() + last.bare().length()));
                if (place.isPresent()) {
                    return place.filter(p -> p.kind() != PlaceKind.CITY && p.kind() != PlaceKind.LOCALITY);
                }
            }
        }
        return Optional.empty();
    }

    /** The US state written after the comma: two words ("North Carolina"), one ("Texas", "TX"), or "Calif.". */
    private Optional<Span> usState(String text, List<Token> tokens, int s) {
        Token first = tokens.get(s);
        if (s + 1 < tokens.size() && Tokenizer.joinable(text, first, tokens.get(s + 1))) {
            Token second = tokens.get(s + 1);
            Optional<Place> two = gazetteer.usState(text.substring(first.start(), second.start()) + second.bare());
            if (two.isPresent()) {
                return Optional.of(new Span(first.start(), second.start() + second.bare().length(), two.get()));
            }
        }
        if (first.end() < text.length() && text.charAt(first.end()) == '.') {
            Optional<Place> abbreviated = gazetteer.usState(first.text() + ".");
            if (abbreviated.isPresent()) {
                return Optional.of(new Span(first.start(), first.end() + 1, abbreviated.get()));
            }
        }
        return gazetteer.usState(first.bare())
                .map(p -> new Span(first.start(), first.start() + first.bare().length(), p));
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean startOfWord = true;
        for (char c : upper.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return out.toString();
    }

    private record Span(int start, int end, Place place) {
    }
}
