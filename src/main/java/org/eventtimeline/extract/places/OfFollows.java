package org.eventtimeline.extract.places;

import java.util.Arrays;

/**
 * Reads a text and the offsets of head nouns ("city", "province") and keeps those followed by {@code \s+of\s+}, the
 * only heads a "the city of Derna" pattern can match at.
 */
final class OfFollows {

    private OfFollows() {
    }

    /** The offsets at which one of the words starts and is followed by whitespace, "of" and whitespace. */
    static int[] keep(String text, int[] offsets, String[] words) {
        int kept = 0;
        int[] out = new int[offsets.length];
        for (int at : offsets) {
            if (followed(text, at, words)) {
                out[kept++] = at;
            }
        }
        return kept == offsets.length ? offsets : Arrays.copyOf(out, kept);
    }

    private static boolean followed(String text, int at, String[] words) {
        for (String word : words) {
            if (text.startsWith(word, at) && ofAt(text, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code \s+of\s+} matches at {@code i}. */
    static boolean ofAt(String text, int i) {
        int j = skipSpace(text, i);
        if (j == i || !text.startsWith("of", j)) {
            return false;
        }
        return skipSpace(text, j + 2) > j + 2;
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && isSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
