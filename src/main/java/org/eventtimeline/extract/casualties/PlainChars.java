package org.eventtimeline.extract.casualties;

/**
 * Reads a sentence and tells whether it holds only chars on which a {@code (?i)} pattern matches exactly as its
 * {@code (?iU)} twin: ASCII, and uncased non-letter, non-digit, non-space, non-mark punctuation and symbols (curly
 * quotes, dashes, currency signs). On such a sentence {@code \w}, {@code \s}, {@code \d}, {@code \b} and case-blind
 * literals agree in both modes, so the cheaper ASCII-only pattern finds the same matches.
 */
public final class PlainChars {

    private PlainChars() {
    }

    /** Whether every char of the text is plain. */
    public static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && !plain(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the char matches every construct of the casualty patterns the same with and without the U flag. */
    static boolean plain(char c) {
        if (c < 128) {
            return true;
        }
        if (Character.isSurrogate(c) || Character.isLetterOrDigit(c) || Character.isAlphabetic(c)
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isIdentifierIgnorable(c) || c == '\u0085'
                || Character.toUpperCase(c) != c || Character.toLowerCase(c) != c
                || Character.toTitleCase(c) != c) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION
                || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }
}
