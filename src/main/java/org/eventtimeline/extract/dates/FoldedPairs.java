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

    /**
     * The sorted offsets where one of {@code firsts} starts, followed by at least one ASCII whitespace char and one of
     * {@code nexts}: in the folded text, a superset of where a case-insensitive (ASCII) pattern's pair can start.
     */
    static int[] positions(String folded, String[] firsts, String... nexts) {
        int[] found = new int[2];
        int n = 0;
        for (String first : firsts) {
            for (int at = folded.indexOf(first); at >= 0; at = folded.indexOf(first, at + 1)) {
                if (pairAt(folded, at, first, nexts)) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = at;
                }
            }
        }
        java.util.Arrays.sort(found, 0, n);
        return java.util.Arrays.copyOf(found, n);
    }

    private static boolean pairAt(String folded, int at, String first, String[] nexts) {
        int i = at + first.length();
        int afterFirst = i;
        while (i < folded.length() && isRegexSpace(folded.charAt(i))) {
            i++;
        }
        if (i == afterFirst) {
            return false;
        }
        for (String next : nexts) {
            if (folded.startsWith(next, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
