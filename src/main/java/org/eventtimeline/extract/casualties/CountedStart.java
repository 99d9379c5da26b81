package org.eventtimeline.extract.casualties;

import java.util.Arrays;

/**
 * Reads a sentence and its {@link Starts#fold folded} copy and tells whether a counted people phrase
 * ({@link NounPhrases#COUNTED}) may begin at a position: false only where no optional determiner, then no optional
 * bound phrase ("at least", "up to"), is followed by what a {@link NumberWords#REGEX number} begins with.
 */
final class CountedStart {

    /** The words {@link NounPhrases#COUNTED} may begin with before its figure. */
    private static final String[] DETERMINERS = {"another", "all", "his", "her", "their", "its"};
    /** The bound phrases of a {@link Figure}, word by word. */
    private static final String[][] BOUNDS = phrases(Figure.LOWER_BOUND + "|" + Figure.APPROXIMATE);
    /** What a number written in words begins with, besides "a hundred", "a dozen" and "half a dozen". */
    private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    /** What may follow "a" in a number ("a hundred", "a half-dozen"). */
    private static final String[] AFTER_A = {"hundred", "thousand", "dozen", "half-dozen"};

    private CountedStart() {
    }

    /** False only where no counted people phrase can begin at {@code s}. */
    static boolean mayBegin(String text, String folded, int s) {
        if (figureAt(text, folded, s)) {
            return true;
        }
        for (String determiner : DETERMINERS) {
            int after = wordAt(text, folded, s, determiner);
            if (after >= 0 && figureAt(text, folded, after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number begins at {@code p}, or after one of the bound phrases there. */
    private static boolean figureAt(String text, String folded, int p) {
        if (numberAt(text, folded, p)) {
            return true;
        }
        for (String[] bound : BOUNDS) {
            int q = p;
            for (int w = 0; w < bound.length && q >= 0; w++) {
                q = wordAt(text, folded, q, bound[w]);
            }
            if (q >= 0 && numberAt(text, folded, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a digit (any char of a surrogate pair, to be safe), a number word, "a hundred", "a thousand",
     * "a dozen", "a half-dozen" or "half a dozen" begins at {@code q}.
     */
    private static boolean numberAt(String text, String folded, int q) {
        if (q >= text.length()) {
            return false;
        }
        char c = text.charAt(q);
        if (Character.isDigit(c) || Character.isSurrogate(c)) {
            return true;
        }
        for (String word : NUMBER_WORDS) {
            if (folded.startsWith(word, q)) {
                return true;
            }
        }
        int afterHalf = wordAt(text, folded, q, "half");
        int afterA = wordAt(text, folded, afterHalf < 0 ? q : afterHalf, "a");
        if (afterA < 0) {
            return false;
        }
        if (afterHalf >= 0) {
            return folded.startsWith("dozen", afterA);
        }
        for (String word : AFTER_A) {
            if (folded.startsWith(word, afterA)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The position after the word at {@code p} and the {@link PeopleGate#isSpace spaces} after it (at least one), or
     * -1 when the folded text does not hold the word followed by a space there.
     */
    static int wordAt(String text, String folded, int p, String word) {
        if (!folded.startsWith(word, p)) {
            return -1;
        }
        int i = p + word.length();
        if (i >= text.length() || !PeopleGate.isSpace(text.charAt(i))) {
            return -1;
        }
        while (i < text.length() && PeopleGate.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The alternation's phrases ("at\\s+least|over") as word arrays; every word must be lower-case ASCII. */
    private static String[][] phrases(String alternation) {
        String[][] phrases = Arrays.stream(alternation.split("\\|")).map(p -> p.split("\\\\s\\+"))
                .toArray(String[][]::new);
        for (String[] phrase : phrases) {
            for (String word : phrase) {
                if (!word.matches("[a-z]+")) {
                    throw new IllegalStateException("not a lower-case word: " + word);
                }
            }
        }
        return phrases;
    }
}
