package org.eventtimeline.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a span of a text and tells whether, lower-cased in the root locale, it is one of a set of lower-case ASCII
 * words; an ASCII span of up to nine chars is packed into one number (seven bits a char) and compared with the
 * packed words of its length, without copying it.
 */
final class WordSet {

    /** The longest word that fits a packed key: nine chars of seven bits. */
    private static final int MAX_PACKED = 9;

    private final Set<String> words;
    private final int longest;
    private final long[][] packedByLength;
    private final String[][] byLength;

    WordSet(Set<String> words) {
        this.words = words;
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
        this.packedByLength = new long[MAX_PACKED + 1][];
        this.byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            final int l = length;
            byLength[length] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
        }
        for (int length = 0; length <= MAX_PACKED; length++) {
            final int l = length;
            // a word with an upper-case or non-ASCII char never equals a lower-cased ASCII span
            packedByLength[length] = words.stream().filter(w -> w.length() == l && isLowerAscii(w))
                    .mapToLong(w -> pack(w, 0, l)).toArray();
        }
    }

    /** As {@code words.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}. */
    boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length <= MAX_PACKED) {
            long key = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
                }
                key = key << 7 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            for (long word : packedByLength[length]) {
                if (word == key) {
                    return true;
                }
            }
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        if (length > longest) {
            return false;
        }
        for (String word : byLength[length]) {
            if (text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static long pack(String word, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            key = key << 7 | word.charAt(i);
        }
        return key;
    }

    private static boolean isLowerAscii(String word) {
        return word.chars().allMatch(c -> c < 128 && !(c >= 'A' && c <= 'Z'));
    }
}
