package org.eventtimeline.extract.dates;

/**
 * Reads a case-folded sentence and tells whether a word is followed, after ASCII whitespace, by one of a few next
 * words ("last night", "this week"): a cheap necessary condition for a case-insensitive pattern built that way.
 */
final class FoldedPairs {

    private FoldedPairs() {
    }

    /** Whether {@code first}, then at least one ASCII whitespace char, then one of {@code nexts} occur in the text. */
    static boolean occurs(String folded, String first, String... nexts) {
        for (int at = folded.indexOf(first); at >= 0; at = folded.indexOf(first, at + 1)) {
            int i = at + first.length();
            int afterFirst = i;
            while (i < folded.length() && isRegexSpace(folded.charAt(i))) {
                i++;
            }
            if (i == afterFirst) {
                continue;
            }
            for (String next : nexts) {
                if (folded.startsWith(next, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of {@code firsts} followed by whitespace and one of {@code nexts} occurs in the text. */
    static boolean occursAny(String folded, String[] firsts, String... nexts) {
        for (String first : firsts) {
            if (occurs(folded, first, nexts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
