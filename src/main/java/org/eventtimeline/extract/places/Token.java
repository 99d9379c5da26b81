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
        String t = text.replace('’', '\'');
        if (t.endsWith("'s")) {
            return text.substring(0, text.length() - 2);
        }
        return t.endsWith("'") ? text.substring(0, text.length() - 1) : text;
    }

    /** Whether the word carries a possessive ending. */
    public boolean possessive() {
        return bare().length() != text.length();
    }
}
