package org.eventtimeline.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a sentence's text and produces its words as {@link Token}s (letters, digits, inner apostrophes, initials). */
public final class Tokenizer {

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.\\p{Lu}\\p{Ll}+\\.|[\\p{L}\\p{M}\\d]+(?:['’][\\p{L}\\p{M}]+)*['’]?");

    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group()));
        }
        return tokens;
    }

    /**
     * Whether two neighbouring words may belong to one name: one space, a hyphen, or ". " after a short
     * abbreviation ("St. Louis", "Ft. Worth").
     */
    public static boolean joinable(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return gap.equals(" ") || gap.equals("-") || (gap.equals(". ") && left.text().length() <= 3);
    }

    /** Whether the two words are joined by a hyphen ("North Korea-Japan"). */
    public static boolean hyphenated(String text, Token left, Token right) {
        return text.substring(left.end(), right.start()).equals("-");
    }
}
