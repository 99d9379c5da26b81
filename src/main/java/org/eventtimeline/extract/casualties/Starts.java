package org.eventtimeline.extract.casualties;

/**
 * Reads a sentence and its case-folded copy and produces the positions where a rule's match may begin: those where
 * the folded text starts with one of the rule's leading literals (some of which must be followed by a non-word
 * char, as their {@code \s+} requires), or, when the rule allows it, an upper-case letter or a digit. Every other
 * position provably fails the rule's pattern, so a matcher tried only at these finds what {@code find()} finds.
 */
public final class Starts {

    /** Literals by their first two folded chars ({@code first * 128 + second}), or by their only char. */
    private final String[][] anyAfter = new String[128 * 128][];
    private final String[][] spaceAfter = new String[128 * 128][];
    private final boolean upper;
    private final boolean digit;
    /** The leading literals when they are the only starts (no space needed after them, no upper case, no digit). */
    private final String[] only;

    private Starts(String[] any, String[] spaced, boolean upper, boolean digit) {
        index(any, anyAfter);
        index(spaced, spaceAfter);
        this.only = spaced.length == 0 && !upper && !digit ? any.clone() : null;
        this.upper = upper;
        this.digit = digit;
    }

    /** Starts of matches that begin with one of the literals (the rule's leading verbs or key words). */
    public static Starts literals(String... words) {
        return new Starts(words, new String[0], false, false);
    }

    /** Starts of a {@link NounPhrases#PEOPLE} or {@link Figure#REGEX} phrase. */
    public static Starts people() {
        return new Starts(new String[] {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"},
            new String[] {"a", "an", "the", "his", "her", "another", "all", "their", "its", "at", "more", "over",
                "upwards", "no", "in", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
                "up", "as", "close", "fewer", "less", "just", "only", "half"}, true, true);
    }

    private static void index(String[] words, String[][] table) {
        for (String word : words) {
            if (!word.matches("[a-z]+")) {
                throw new IllegalStateException("not a lower-case word: " + word);
            }
            int key = key(word, 0);
            String[] old = table[key];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = word;
            table[key] = grown;
        }
    }

    /** The table key of the (ASCII) chars at {@code s}: the first two, or the only one at the end. */
    private static int key(String folded, int s) {
        return s + 1 < folded.length() ? folded.charAt(s) * 128 + folded.charAt(s + 1) : folded.charAt(s);
    }

    /** The text with every char upper- then lower-cased, as case-insensitive regexes compare chars; same offsets. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        fold(chars, chars.length);
        return new String(chars);
    }

    /** Folds the first {@code length} chars in place, as {@link #fold(String)} does. */
    public static void fold(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            } else if (c >= 128) {
                chars[i] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }
    }

    /** The first position in [from, limit] where a match may begin, or -1. */
    public int next(String text, String folded, int from, int limit) {
        int last = Math.min(limit, text.length() - 1);
        if (only != null) {
            return nextLiteral(folded, from, last);
        }
        for (int s = from; s <= last; s++) {
            if (at(text, folded, s)) {
                return s;
            }
        }
        return -1;
    }

    /** Whether a literal under {@code key} begins at {@code s} (a spaced one with a non-word char after it). */
    private boolean matchesAny(String text, String folded, int s, int key) {
        String[] any = anyAfter[key];
        if (any != null) {
            for (String word : any) {
                if (folded.startsWith(word, s)) {
                    return true;
                }
            }
        }
        String[] spaced = spaceAfter[key];
        if (spaced != null) {
            for (String word : spaced) {
                int after = s + word.length();
                if (folded.startsWith(word, s) && after < text.length()
                        && !Character.isLetterOrDigit(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first position in [from, last] where the folded text holds one of the literals, or -1. */
    private int nextLiteral(String folded, int from, int last) {
        int first = -1;
        for (String word : only) {
            int at = folded.indexOf(word, from);
            if (at >= 0 && at <= last && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private boolean at(String text, String folded, int s) {
        char f = folded.charAt(s);
        if (f < 128) {
            if (s + 1 < folded.length() && (matchesAny(text, folded, s, f)
                    || (folded.charAt(s + 1) < 128 && matchesAny(text, folded, s, key(folded, s))))) {
                return true;
            }
            if (s + 1 == folded.length() && matchesAny(text, folded, s, f)) {
                return true;
            }
        }
        char c = text.charAt(s);
        if (Character.isSurrogate(c)) {
            return upper || digit;
        }
        return (upper && Character.getType(c) == Character.UPPERCASE_LETTER) || (digit && Character.isDigit(c));
    }
}
