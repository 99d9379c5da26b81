package org.eventtimeline.extract;

/**
 * Reads a few ASCII words and tells whether one of them starts at an offset of a text, ASCII letters compared
 * without case as {@code (?i)} (without {@code UNICODE_CASE}) compares them: the starts a pattern beginning with one
 * of the words can have. A first-char mask answers most offsets without comparing any word.
 */
public final class AsciiWords {

    private final String[] words;
    private final long[] firstChars = new long[2];

    public AsciiWords(String... words) {
        this.words = words.clone();
        for (String word : words) {
            char c = word.charAt(0);
            if (c >= 128) {
                throw new IllegalArgumentException("not an ASCII word: " + word);
            }
            mark(c);
            if (isAsciiLetter(c)) {
                mark((char) (c ^ 0x20));
            }
        }
    }

    /** Whether one of the words starts at {@code at} of the text. */
    public boolean startAt(String text, int at) {
        char c = text.charAt(at);
        if (c >= 128 || (firstChars[c >> 6] & (1L << (c & 63))) == 0) {
            return false;
        }
        for (String word : words) {
            if (startsWith(text, at, word)) {
                return true;
            }
        }
        return false;
    }

    private void mark(char c) {
        firstChars[c >> 6] |= 1L << (c & 63);
    }

    private static boolean startsWith(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            char w = word.charAt(i);
            if (c != w && !(isAsciiLetter(w) && isAsciiLetter(c) && (c | 0x20) == (w | 0x20))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
