package org.eventtimeline.extract.places;

import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.extract.AsciiWords;

/** Reads a sentence's text and produces its words as {@link Token}s (letters, digits, inner apostrophes, initials). */
public final class Tokenizer {

    /** The ASCII chars {@code [\p{L}\p{M}\d]} matches: letters and digits. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = AsciiWords.isAsciiLetter(c) || isAsciiDigit(c);
        }
    }

    private Tokenizer() {
    }

    /**
     * The words of the text, left to right: exactly the successive matches of
     * {@code (?:\p{Lu}\.){2,}|\p{Lu}\.\p{Lu}\p{Ll}+\.|[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*['’]?}, read without a regex.
     */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 4); // news words average over five chars
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = wordAt(text, i);
            if (end > i) {
                tokens.add(Token.in(text, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** The end of the word starting at {@code i}, or {@code i} when none starts there; alternatives in regex order. */
    static int wordAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 128) {
            if (!AsciiWords.isAsciiLetter(c) && !isAsciiDigit(c)) {
                return i; // no alternative starts with an ASCII char other than a letter or digit
            }
            if (c >= 'a' || c <= '9') {
                return plainEnd(text, i); // the first two alternatives start with an upper-case letter
            }
        }
        int initials = initialsEnd(text, i);
        if (initials > i) {
            return initials;
        }
        int abbreviated = abbreviatedEnd(text, i);
        if (abbreviated > i) {
            return abbreviated;
        }
        return plainEnd(text, i);
    }

    /** {@code (?:\p{Lu}\.){2,}}: "U.S.", "U.N.". */
    private static int initialsEnd(String text, int i) {
        int j = i;
        int count = 0;
        while (j < text.length()) {
            int after = dottedCapitalEnd(text, j);
            if (after < 0) {
                break;
            }
            j = after;
            count++;
        }
        return count >= 2 ? j : i;
    }

    /** {@code \p{Lu}\.\p{Lu}\p{Ll}+\.}: "D.Smith.". */
    private static int abbreviatedEnd(String text, int i) {
        int j = dottedCapitalEnd(text, i);
        if (j < 0 || j >= text.length() || !isType(text, j, Character.UPPERCASE_LETTER)) {
            return i;
        }
        j += Character.charCount(text.codePointAt(j));
        int lowers = j;
        while (j < text.length() && isType(text, j, Character.LOWERCASE_LETTER)) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j > lowers && j < text.length() && text.charAt(j) == '.' ? j + 1 : i;
    }

    /** {@code [\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*['’]?}: "Malaysia's", "rock'n'roll", "1990s". */
    private static int plainEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (c < 128) {
                if (!ASCII_LETTER_OR_DIGIT[c]) {
                    break;
                }
                j++;
            } else if (isLetterOrMark(text, j)) {
                j += Character.charCount(text.codePointAt(j));
            } else {
                break;
            }
        }
        if (j == i) {
            return i;
        }
        while (j + 1 < n && isApostrophe(text.charAt(j)) && isLetterOrMark(text, j + 1)) {
            j++;
            while (j < n && isLetterOrMark(text, j)) {
                j += Character.charCount(text.codePointAt(j));
            }
        }
        return j < n && isApostrophe(text.charAt(j)) ? j + 1 : j;
    }

    /** The index after an upper-case letter and a period at {@code j}, or -1. */
    private static int dottedCapitalEnd(String text, int j) {
        if (!isType(text, j, Character.UPPERCASE_LETTER)) {
            return -1;
        }
        int dot = j + Character.charCount(text.codePointAt(j));
        return dot < text.length() && text.charAt(dot) == '.' ? dot + 1 : -1;
    }

    private static boolean isType(String text, int j, int type) {
        return Character.getType(text.codePointAt(j)) == type;
    }

    private static boolean isLetterOrMark(String text, int j) {
        char c = text.charAt(j);
        if (c < 128) {
            return AsciiWords.isAsciiLetter(c); // no ASCII char is a mark
        }
        int type = Character.getType(text.codePointAt(j));
        return Character.isLetter(text.codePointAt(j)) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Whether two neighbouring words may belong to one name: one space, a hyphen, or ". " after a short
     * abbreviation ("St. Louis", "Ft. Worth").
     */
    public static boolean joinable(String text, Token left, Token right) {
        int gap = right.start() - left.end();
        char first = text.charAt(left.end());
        return gap == 1 && (first == ' ' || first == '-')
                || gap == 2 && first == '.' && text.charAt(left.end() + 1) == ' ' && left.text().length() <= 3;
    }

    /** Whether the two words are joined by a hyphen ("North Korea-Japan"). */
    public static boolean hyphenated(String text, Token left, Token right) {
        return right.start() - left.end() == 1 && text.charAt(left.end()) == '-';
    }
}
