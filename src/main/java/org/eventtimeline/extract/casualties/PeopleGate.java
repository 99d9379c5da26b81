package org.eventtimeline.extract.casualties;

import java.util.HashSet;
import java.util.Set;

/**
 * Reads a sentence and its case-folded copy and tells, without running {@link NounPhrases#PEOPLE}, where a people
 * phrase cannot begin: false only where no alternative of its first unit can match (a counted phrase needs a number
 * right after its optional determiner and bound words, see {@link CountedStart}; a named person an age after a
 * comma; a single person a person noun after its article).
 */
final class PeopleGate {

    /** Literals a counted phrase ("at least five", "his two sons", "12") begins with, digits aside: a quick test. */
    private static final String[] COUNTED_FIRST = {"another", "all", "his", "her", "their", "its", "at", "more", "over",
        "upwards", "no", "in", "a", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "up",
        "as", "close", "fewer", "less", "just", "only", "half", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[][] COUNTED_BY_FIRST = byFirst(COUNTED_FIRST);
    /** The words a single-person phrase ("the officer") begins with. */
    private static final String[] SINGLE_FIRST = {"a", "an", "one", "the", "another", "his", "her"};
    /** The first word of every singular person noun. */
    private static final Set<String> SINGULAR_FIRST = singularFirstWords();

    private String text;
    private String folded;
    /** The last comma followed by an age ("John Smith, 34,"), or -1. */
    private int lastAge;

    /** Takes the next sentence and its {@link Starts#fold folded} copy. */
    void reset(String sentence, String foldedSentence) {
        text = sentence;
        folded = foldedSentence;
        lastAge = -1;
        for (int i = text.lastIndexOf(','); i >= 0 && lastAge < 0; i = i == 0 ? -1 : text.lastIndexOf(',', i - 1)) {
            if (ageAfter(i + 1)) {
                lastAge = i;
            }
        }
    }

    /** False only where no people phrase can begin. */
    boolean mayBegin(int s) {
        char c = text.charAt(s);
        if (Character.isSurrogate(c)) {
            return true;
        }
        if ((Character.isDigit(c) || startsWithAny(s, COUNTED_BY_FIRST)) && CountedStart.mayBegin(text, folded, s)) {
            return true;
        }
        if (Character.getType(c) == Character.UPPERCASE_LETTER && lastAge > s) {
            return true;
        }
        if (s > 0) {
            char before = text.charAt(s - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '-') {
                return false;
            }
        }
        for (String article : SINGLE_FIRST) {
            int at = s + article.length();
            if (folded.startsWith(article, s) && at < text.length() && isSpace(text.charAt(at))
                    && singularWithin(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether ", 34," follows the comma: spaces, one or two digits and a comma. */
    private boolean ageAfter(int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && digits < 3) {
            i++;
            digits++;
        }
        return digits >= 1 && digits <= 2 && i < text.length() && text.charAt(i) == ',';
    }

    /**
     * Whether one of the four whitespace-separated tokens after {@code at} begins with a singular person noun, every
     * token before it being a possible {@link ModifierToken modifier}.
     */
    private boolean singularWithin(int at) {
        int i = at;
        for (int token = 0; token < 4; token++) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && SINGULAR_FIRST.contains(folded.substring(start, i))) {
                return true;
            }
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length() || !ModifierToken.mayBe(text, folded, start, i)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the folded text holds at {@code s} one of the words (listed by their first letter). */
    private boolean startsWithAny(int s, String[][] wordsByFirst) {
        char c = folded.charAt(s);
        if (c < 'a' || c > 'z') {
            return false;
        }
        for (String word : wordsByFirst[c - 'a']) {
            if (folded.startsWith(word, s)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words listed by their first letter, in their order. */
    private static String[][] byFirst(String[] words) {
        String[][] table = new String[26][0];
        for (String word : words) {
            if (!word.matches("[a-z]+")) {
                throw new IllegalStateException("not a lower-case word: " + word);
            }
            String[] old = table[word.charAt(0) - 'a'];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = word;
            table[word.charAt(0) - 'a'] = grown;
        }
        return table;
    }

    /** Any char {@code \s} may match under UNICODE_CHARACTER_CLASS (and a few more). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static Set<String> singularFirstWords() {
        Set<String> words = new HashSet<>();
        for (String alternative : NounPhrases.SINGULAR.split("\\|")) {
            String first = alternative.split("\\\\s\\+")[0];
            if (first.contains("u?")) {
                words.add(first.replace("u?", "u"));
                words.add(first.replace("u?", ""));
            } else {
                words.add(first);
            }
        }
        for (String word : words) {
            if (!word.matches("[a-z]+")) {
                throw new IllegalStateException("not a plain word: " + word);
            }
        }
        return words;
    }
}
