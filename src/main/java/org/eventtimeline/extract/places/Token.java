package org.eventtimeline.extract.places;

import java.util.Locale;

/**
 * One word of a sentence with its character span in the sentence text; "U.S." and "Malaysia's" are one word. The
 * word's own string is cut from the sentence on first use only, as most words are only tested for a capital.
 */
public final class Token {

    private final int start;
    private final int end;
    private final String sentence;
    private String text;
    private String lower;

    public Token(int start, int end, String text) {
        this(start, end, text, null);
    }

    /** The word text[start, end) of a sentence, cut when first asked for. */
    static Token in(String sentence, int start, int end) {
        return new Token(start, end, null, sentence);
    }

    private Token(int start, int end, String text, String sentence) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.sentence = sentence;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        if (text == null) {
            text = sentence.substring(start, end);
        }
        return text;
    }

    /** Whether the word starts with an upper-case letter. */
    public boolean capitalised() {
        char c = text == null ? sentence.charAt(start) : text.charAt(0);
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(text().codePointAt(0));
    }

    /** The word lower-cased in the root locale; kept, as the place finders ask for it again and again. */
    public String lower() {
        if (lower == null) {
            lower = text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** The word without a possessive ending ("Malaysia's", "Texas’" become "Malaysia", "Texas"). */
    public String bare() {
        int cut = possessiveLength();
        return cut == 0 ? text() : text().substring(0, text().length() - cut);
    }

    /** Whether the word carries a possessive ending. */
    public boolean possessive() {
        return possessiveLength() > 0;
    }

    /** The length of the possessive ending: 2 for "'s", 1 for a final apostrophe, else 0 (either apostrophe). */
    private int possessiveLength() {
        String source = text == null ? sentence : text;
        int last = text == null ? end - 1 : text.length() - 1;
        int first = text == null ? start : 0;
        if (last - 1 >= first && source.charAt(last) == 's' && isApostrophe(source.charAt(last - 1))) {
            return 2;
        }
        return last >= first && isApostrophe(source.charAt(last)) ? 1 : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Token t && t.start == start && t.end == end && t.text().equals(text());
    }

    @Override
    public int hashCode() {
        return (31 * start + end) * 31 + text().hashCode();
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
}
