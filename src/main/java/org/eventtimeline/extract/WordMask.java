package org.eventtimeline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sentence's words (letter runs, lower-cased) in one pass and produces a bit mask with bit {@code i} set when
 * the sentence holds a word of the {@code i}-th wanted set, so that a costly pattern runs only where its words occur.
 */
public final class WordMask {

    private final Map<String, Long> bitsByWord = new HashMap<>();
    private final String[] keys;
    private final long[] values;
    private final int[] hashes;
    private final int maxLength;

    public WordMask(List<Set<String>> sets) {
        if (sets.size() > 64) {
            throw new IllegalArgumentException("at most 64 word sets");
        }
        for (int i = 0; i < sets.size(); i++) {
            long bit = 1L << i;
            for (String word : sets.get(i)) {
                bitsByWord.merge(word, bit, (a, b) -> a | b);
            }
        }
        int size = Integer.highestOneBit(Math.max(4, bitsByWord.size() * 4)) * 2;
        keys = new String[size];
        values = new long[size];
        hashes = new int[size];
        int longest = 0;
        for (Map.Entry<String, Long> e : bitsByWord.entrySet()) {
            int slot = e.getKey().hashCode() & (size - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = e.getKey();
            values[slot] = e.getValue();
            hashes[slot] = e.getKey().hashCode();
            longest = Math.max(longest, e.getKey().length());
        }
        maxLength = longest;
    }

    /** The bits of the wanted sets that hold one of the text's words (runs of {@link Character#isLetter(char)}). */
    public long of(String text) {
        long mask = 0;
        int start = -1;
        int hash = 0;
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
            if (letter) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                    ascii = true;
                }
                ascii &= c < 128;
                hash = 31 * hash + (c <= 'Z' ? c + 32 : c);
            } else if (start >= 0) {
                mask |= ascii ? bitsOfAsciiWord(text, start, i, hash) : bitsOfWord(text, start, i);
                start = -1;
            }
        }
        return mask;
    }

    /** The bits of the wanted sets that hold the word {@code text[start, end)}, lower-cased. */
    public long bitsOfWord(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                Long bits = bitsByWord.get(text.substring(start, end).toLowerCase(Locale.ROOT));
                return bits == null ? 0 : bits;
            }
            hash = 31 * hash + (c <= 'Z' ? c + 32 : c);
        }
        return bitsOfAsciiWord(text, start, end, hash);
    }

    /** As {@link #bitsOfWord}, for ASCII letters whose lower case has the {@link String#hashCode()} given. */
    private long bitsOfAsciiWord(String text, int start, int end, int hash) {
        if (end - start > maxLength) {
            return 0;
        }
        for (int slot = hash & (keys.length - 1); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (hashes[slot] == hash && sameLowerCase(keys[slot], text, start, end)) {
                return values[slot];
            }
        }
        return 0;
    }

    /** Whether the ASCII letters text[start, end) lower-cased equal the key. */
    private static boolean sameLowerCase(String key, String text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = text.charAt(start + i);
            if (key.charAt(i) != (c <= 'Z' ? c + 32 : c)) {
                return false;
            }
        }
        return true;
    }
}
