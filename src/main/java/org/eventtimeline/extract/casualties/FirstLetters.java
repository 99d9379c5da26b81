package org.eventtimeline.extract.casualties;

/**
 * Reads a case-insensitive alternation of words (as written or {@link Alternation#factor factored}) and produces the
 * lower-case ASCII letters its matches may begin with, or null when some alternative may begin otherwise.
 */
final class FirstLetters {

    private FirstLetters() {
    }

    /**
     * The letters {@code a-z} a match may begin with (true at {@code c - 'a'}), or null when an alternative begins
     * with anything but a letter or a non-capturing group of such alternatives.
     */
    static boolean[] of(String alternation) {
        boolean[] letters = new boolean[26];
        return add(alternation, letters) ? letters : null;
    }

    private static boolean add(String alternation, boolean[] letters) {
        for (String alternative : Alternation.topLevel(alternation)) {
            if (alternative.isEmpty()) {
                return false;
            }
            char c = alternative.charAt(0);
            if (c >= 'a' && c <= 'z') {
                if (alternative.length() > 1 && isQuantifier(alternative.charAt(1))) {
                    return false;
                }
                letters[c - 'a'] = true;
            } else if (alternative.startsWith("(?:")) {
                int close = Alternation.closing(alternative);
                if (close < 0 || (close + 1 < alternative.length() && isQuantifier(alternative.charAt(close + 1)))
                        || !add(alternative.substring(3, close), letters)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '{';
    }
}
