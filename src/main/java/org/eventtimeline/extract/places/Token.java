package org.eventtimeline.extract.places;

import java.util.Locale;

/** One word of a sentence with its character span in the sentence text; "U.S." and "Malaysia's" are one word. */
public record Token(int start, int end, String text) {

    /** Whether the word starts with an upper-case letter. */
    public boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The word without a possessive ending ("Malaysia's", "Texas’" become "Malaysia", "Texas"). */
    public String bare() {
        int cut = possessiveLength();
        return cut == 0 ? text : text.substring(0, text.length() - cut);
    }

    /** Whether the word carries a possessive ending. */
    public boolean possessive() {
        return possessiveLength() > 0;
    }

    /** The length of the possessive ending: 2 for "'s", 1 for a final apostrophe, else 0 (either apostrophe). */
    private int possessiveLength() {
        int n = text.length();
        if (n >= 2 && text.charAt(n - 1) == 's' && isApostrophe(text.charAt(n - 2))) {
            return 2;
        }
        return n >= 1 && isApostrophe(text.charAt(n - 1)) ? 1 : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
