package org.eventtimeline.extract;

/**
 * Reads a text and produces its case-folded copy of the same length (each char upper- then lower-cased, so "K", "ſ"
 * and "ı" fold as case-insensitive regexes match them), and finds the first of several literal stems in it: a
 * case-insensitive pattern whose every alternative starts with a stem cannot match before that index.
 */
public final class TextFold {

    private TextFold() {
    }

    /** The text with every char folded to lower case; offsets are those of the text. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 128) {
                chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                chars[i] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }
        return new String(chars);
    }

    /** The smallest index at which one of the lower-case stems occurs in the folded text, or -1 for none. */
    public static int firstIndex(String folded, String[] stems) {
        int first = -1;
        for (String stem : stems) {
            int at = folded.indexOf(stem);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
