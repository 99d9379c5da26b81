package org.eventtimeline.extract;

/**
 * Reads a few ASCII words and tells whether one of them starts at an offset of a text, ASCII letters compared
 * without case as {@code (?i)} (without {@code UNICODE_CASE}) compares them: the starts a pattern beginning with one
 * of the words can have. Only the words sharing the char at hand are compared.
 */
public final class AsciiWords {

    /** The words by their first char, both cases of a letter. */
    private final String[][] byFirstChar = new String[128][];

    public AsciiWords(String... words) {
        for (String word : words) {
            char c = word.charAt(0);
            if (c >= 128) {
                throw new IllegalArgumentException("not an ASCII word: " + word);
            }
            add(c, word);
            if (isAsciiLetter(c)) {
                add((char) (c ^ 0x20), word);
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
        for (String word : bucket) {
            if (startsWith(text, at, word)) {
                return true;
            }
        }
        return false;
    }

    private void add(char c, String word) {
        String[] bucket = byFirstChar[c];
        String[] longer = bucket == null ? new String[1] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
        longer[longer.length - 1] = word;
        byFirstChar[c] = longer;
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
