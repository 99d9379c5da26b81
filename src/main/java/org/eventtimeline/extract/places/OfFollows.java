package org.eventtimeline.extract.places;

import java.util.Arrays;

/**
 * Reads a text and produces the sorted offsets of the head nouns ("city", "province") followed by {@code \s+of\s+},
 * the only heads a "the city of Derna" pattern can match at: found from each "of" back, not by a scan for every noun.
 */
final class OfFollows {

    private static final int[] NONE = {};

    private OfFollows() {
    }

    /** The sorted, distinct offsets at which one of the words starts and is followed by {@code \s+of\s+}. */
    static int[] heads(String text, String[] words) {
        int[] out = NONE;
        int n = 0;
        for (int of = text.indexOf("of", 1); of >= 0; of = text.indexOf("of", of + 1)) {
            if (of + 2 >= text.length() || !isSpace(text.charAt(of + 2)) || !isSpace(text.charAt(of - 1))) {
                continue;
            }
            int end = of - 1;
            while (end > 0 && isSpace(text.charAt(end - 1))) {
                end--;
            }
            for (String word : words) {
                int start = end - word.length();
                if (start >= 0 && text.startsWith(word, start)) {
                    out = n == out.length ? Arrays.copyOf(out, n + 4) : out;
                    out[n++] = start;
                }
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct == 0 || out[distinct - 1] != out[k]) {
                out[distinct++] = out[k];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
