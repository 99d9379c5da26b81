package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a few ASCII words and tells whether one of them starts at an offset of a text, ASCII letters compared
 * without case as {@code (?i)} (without {@code UNICODE_CASE}) compares them: the starts a pattern beginning with one
 * of the words can have. Only the words sharing the char at hand are compared, and only when the next char can be
 * their second.
 */
public final class AsciiWords {

    /** The words by their first char, both cases of a letter; ASCII letters lower-cased. */
    private final String[][] byFirstChar = new String[128][];
    /** Per first char, two words of bits: the ASCII chars (both cases of a letter) some word has second. */
    private final long[] secondChars = new long[256];
    /** Per first char, whether a word of one char (or with a non-ASCII second char) starts with it. */
    private final boolean[] anySecond = new boolean[128];

    public AsciiWords(String... words) {
        for (String word : words) {
            char c = word.charAt(0);
            if (c >= 128) {
                throw new IllegalArgumentException("not an ASCII word: " + word);
            }
            String lower = lowerAsciiLetters(word);
            add(c, lower);
            if (isAsciiLetter(c)) {
                add((char) (c ^ 0x20), lower);
            }
        }
    }

    /** Whether one of the words starts at {@code at} of the text. */
    public boolean startAt(String text, int at) {
        char c = text.charAt(at);
        String[] bucket = c < 128 ? byFirstChar[c] : null;
        if (bucket == null) {
            return false;
        }
        if (!anySecond[c]) {
            if (at + 1 >= text.length()) {
                return false;
            }
            char d = text.charAt(at + 1);
            if (d >= 128 || (secondChars[2 * c + (d >> 6)] & 1L << d) == 0) {
                return false;
            }
        }
        for (String word : bucket) {
            if (startsWith(text, at, word)) {
                return true;
            }
        }
        return false;
    }

    private void add(char c, String word) {
        String[] bucket = byFirstChar[c];
        String[] longer = bucket == null ? new String[1] : Arrays.copyOf(bucket, bucket.length + 1);
        longer[longer.length - 1] = word;
        byFirstChar[c] = longer;
        if (word.length() == 1 || word.charAt(1) >= 128) {
            anySecond[c] = true;
            return;
        }
        char d = word.charAt(1);
        secondChars[2 * c + (d >> 6)] |= 1L << d;
        if (isAsciiLetter(d)) {
            char other = (char) (d ^ 0x20);
            secondChars[2 * c + (other >> 6)] |= 1L << other;
        }
    }

    /** Whether the (lower-cased) word starts at {@code at}: a lower-case letter of it also matches its capital. */
    private static boolean startsWith(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            char w = word.charAt(i);
            if (c != w && ((c | 0x20) != w || w < 'a' || w > 'z')) {
                return false;
            }
        }
        return true;
    }

    private static String lowerAsciiLetters(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] | 0x20);
            }
        }
        return new String(chars);
    }

    /** Whether {@code c} is an ASCII letter, {@code a-z} or {@code A-Z}. */
    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
