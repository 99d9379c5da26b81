package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a text and produces the sorted, distinct offsets at which any of a fixed set of literal words occurs (case
 * as given, overlapping occurrences included), in one pass that compares only the words sharing the char at hand.
 */
public final class Literals {

    private final String[][] byFirstChar = new String[128][];
    private final String[] others;

    public Literals(String... words) {
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            char c = word.charAt(0);
            if (c < 128) {
                String[] bucket = byFirstChar[c];
                byFirstChar[c] = bucket == null ? new String[] {word} : append(bucket, word);
            } else {
                rest.add(word);
            }
        }
        this.others = rest.toArray(String[]::new);
    }

    /** The sorted, distinct offsets where one of the words starts in the text. */
    public int[] positionsIn(String text) {
        int[] found = new int[8];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String[] bucket = c < 128 ? byFirstChar[c] : others;
            if (bucket != null && anyStartsAt(text, i, bucket)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static boolean anyStartsAt(String text, int at, String[] words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static String[] append(String[] bucket, String word) {
        String[] longer = Arrays.copyOf(bucket, bucket.length + 1);
        longer[bucket.length] = word;
        return longer;
    }
}
