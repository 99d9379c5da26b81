package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a text and produces the sorted, distinct offsets at which any of a fixed set of literal words (two chars or
 * more) occurs, case as given, overlapping occurrences included: one pass that compares only the words sharing the
 * two chars at hand.
 */
public final class Literals {

    private static final int OTHER = -1;

    private final String[][] byFirstTwo = new String[128 * 128][];
    private final String[] others;

    public Literals(String... words) {
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            if (word.length() < 2) {
                throw new IllegalArgumentException("a literal needs two chars: " + word);
            }
            int key = key(word.charAt(0), word.charAt(1));
            if (key == OTHER) {
                rest.add(word);
            } else {
                String[] bucket = byFirstTwo[key];
                String[] longer = bucket == null ? new String[1] : Arrays.copyOf(bucket, bucket.length + 1);
                longer[longer.length - 1] = word;
                byFirstTwo[key] = longer;
            }
        }
        this.others = rest.toArray(String[]::new);
    }

    /** The sorted, distinct offsets where one of the words starts in the text. */
    public int[] positionsIn(String text) {
        int[] found = new int[8];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            int key = key(text.charAt(i), text.charAt(i + 1));
            String[] bucket = key == OTHER ? others : byFirstTwo[key];
            if (bucket != null && anyStartsAt(text, i, bucket)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static int key(char first, char second) {
        return first < 128 && second < 128 ? first << 7 | second : OTHER;
    }

    private static boolean anyStartsAt(String text, int at, String[] words) {
        for (String word : words) {
            if (at + word.length() <= text.length() && sameFrom(text, at, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFrom(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
