package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a sentence's text and the sorted offsets of its speech verbs, and tells whether
 * {@link ActorPatterns#NAME_BEFORE_SPEECH} can match at an offset: its name is a chain of capitalised (or particle)
 * words, and right after one of them comes whitespace and a verb within three words, or at the chain's end a comma
 * followed by what the pattern allows before its verb.
 */
final class SpeakerReach {

    private static final String[] PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "del",
            "der", "le", "la"};
    /** The longest run of chars {@code [^,]{1,60}} between two commas. */
    private static final int BETWEEN_COMMAS = 60;

    private final String text;
    private final int[] verbs;

    SpeakerReach(String text, int[] verbs) {
        this.text = text;
        this.verbs = verbs;
    }

    /** Whether a match can start at {@code s}, an upper-case letter. */
    boolean reaches(int s) {
        int at = s;
        while (true) {
            int end = wordEnd(at);
            if (end == at || end == text.length()) {
                return false;
            }
            char c = text.charAt(end);
            if (c == ',') {
                return afterComma(end);
            }
            if (!NameWords.isSpace(c)) {
                return false;
            }
            if (verbWithinThreeWords(end)) {
                return true;
            }
            at = skipSpace(end);
            if (at == text.length() || !(ActorAnchors.mayStartName(text, at) || particleAt(at))) {
                return false;
            }
        }
    }

    /** After the name's comma: {@code ,[^,]{1,60},} or {@code ,\s+(a|an|the)\s+[^,]{1,60}?} or {@code ,}, then the verb. */
    private boolean afterComma(int comma) {
        int next = text.indexOf(',', comma + 1);
        if (next < 0) {
            next = text.length();
        }
        boolean spaced = comma + 1 < text.length() && NameWords.isSpace(text.charAt(comma + 1));
        if (spaced && verbWithinThreeWords(comma + 1)) {
            return true;
        }
        if (spaced && articleAt(skipSpace(comma + 1)) && verbBetween(comma, next)) {
            return true;
        }
        int between = next - comma - 1;
        return next < text.length() && between >= 1 && between <= BETWEEN_COMMAS && next + 1 < text.length()
                && NameWords.isSpace(text.charAt(next + 1)) && verbWithinThreeWords(next + 1);
    }

    /** Whether a verb starts at one of the next three words after the whitespace at {@code space}. */
    private boolean verbWithinThreeWords(int space) {
        int at = skipSpace(space);
        for (int word = 0; word < 3 && at < text.length(); word++) {
            if (Arrays.binarySearch(verbs, at) >= 0) {
                return true;
            }
            while (at < text.length() && !NameWords.isSpace(text.charAt(at))) {
                at++;
            }
            at = skipSpace(at);
        }
        return false;
    }

    private boolean verbBetween(int from, int to) {
        int i = Arrays.binarySearch(verbs, from + 1);
        int next = i >= 0 ? i : -i - 1;
        return next < verbs.length && verbs[next] < to;
    }

    /** Whether "a", "an" or "the" and whitespace are at {@code at}. */
    private boolean articleAt(int at) {
        return wordIs(at, "a") || wordIs(at, "an") || wordIs(at, "the");
    }

    private boolean wordIs(int at, String word) {
        int end = at + word.length();
        return text.startsWith(word, at) && end < text.length() && NameWords.isSpace(text.charAt(end));
    }

    /** Whether a name particle ("al-", "de ") is at {@code at}. */
    private boolean particleAt(int at) {
        for (String particle : PARTICLES) {
            int end = at + particle.length();
            if (text.startsWith(particle, at) && end < text.length()
                    && (text.charAt(end) == '-' || text.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The end of the run of chars a name's word can hold (letters, {@code ’ ' . -}) from {@code at}. */
    private int wordEnd(int at) {
        int i = at;
        while (i < text.length() && nameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipSpace(int at) {
        int i = at;
        while (i < text.length() && NameWords.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean nameChar(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '’' || c == '\'' || c == '.' || c == '-';
    }
}
