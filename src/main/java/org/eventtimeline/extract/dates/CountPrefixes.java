package org.eventtimeline.extract.dates;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the window before a number and tells whether {@link CountNouns#COUNT_PREFIX} followed by {@code \s*$} can
 * match in it: every alternative ends in one of a few words (or "No." / "apt."), which must then be the last word
 * of the window. A false answer is exact; a true one lets the pattern run.
 */
final class CountPrefixes {

    /** The last word of every alternative of {@link CountNouns#COUNT_PREFIX} not ending in a period. */
    private static final Set<String> LAST_WORDS = Set.of("about", "around", "nearly", "almost", "some", "roughly",
            "approximately", "over", "than", "least", "estimated", "additional", "another", "number", "route",
            "highway", "interstate", "flight", "room", "suite", "apt", "apartment", "unit", "gate", "pier", "bus",
            "exit", "precinct", "ward", "lot", "box", "bill", "article", "section", "chapter", "resolution", "code",
            "model", "version", "channel", "page", "platform", "track", "line", "killing", "killed", "injuring",
            "injured", "to", "and", "or");
    /** The words before the period of the alternatives ending in one ("No.", "apt."). */
    private static final Set<String> BEFORE_PERIOD = Set.of("no", "apt");

    private CountPrefixes() {
    }

    /** Whether a count prefix may end the window {@code [from, to)} of the text, before any trailing whitespace. */
    static boolean mayEnd(String text, int from, int to) {
        int end = WindowEnds.beforeTrailingSpace(text, from, to);
        if (end == from) {
            return false;
        }
        Set<String> words = LAST_WORDS;
        if (text.charAt(end - 1) == '.') {
            words = BEFORE_PERIOD;
            end--;
        }
        int start = WindowEnds.letterRunStart(text, from, end);
        return start < end && end - start <= 13 && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
