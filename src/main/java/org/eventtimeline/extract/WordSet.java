package org.eventtimeline.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a span of a text and tells whether, lower-cased in the root locale, it is one of a set of lower-case ASCII
 * words; an ASCII span is compared in place against the words of its length, without copying it.
 */
final class WordSet {

    private final Set<String> words;
    private final String[][] byLength;

    WordSet(Set<String> words) {
        this.words = words;
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        this.byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            final int l = length;
            byLength[length] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
        }
    }

    /** As {@code words.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}. */
    boolean contains(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        int length = end - start;
        if (length >= byLength.length) {
            return false;
        }
        for (String word : byLength[length]) {
            if (text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
