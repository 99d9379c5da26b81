package org.eventtimeline.extract.dates;

import org.eventtimeline.extract.TextFold;

/**
 * Reads a text and produces the same case-folded copy as {@link TextFold#fold(String)}, looking each char's fold up
 * in a table built once instead of upper- and lower-casing it again.
 */
final class FoldTable {

    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = TextFold.fold(String.valueOf((char) c)).charAt(0);
        }
    }

    private FoldTable() {
    }

    /** The text with every char folded as {@link TextFold#fold(String)} folds it; offsets are those of the text. */
    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FOLDED[text.charAt(i)];
        }
        return new String(chars);
    }
}
