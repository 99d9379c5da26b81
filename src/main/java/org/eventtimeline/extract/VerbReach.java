package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a sentence's text and the sorted offsets of its verbs, and tells whether a pattern that runs from a start to
 * a verb over letters and whitespace only (and, for names, {@code ’ ' . -} and a comma) can match there: the run of
 * such chars from the start must reach a verb (or a comma). Tries come in rising order, so one run is read once.
 */
final class VerbReach {

    private final String text;
    private final int[] verbs;
    private final boolean names;
    private int runFrom = -1;
    private int runEnd = -1;

    private VerbReach(String text, int[] verbs, boolean names) {
        this.text = text;
        this.verbs = verbs;
        this.names = names;
    }

    /** For {@link ActorPatterns#NAME_BEFORE_SPEECH}: a name, then a comma or whitespace, adverbs and the verb. */
    static VerbReach ofNames(String text, int[] verbs) {
        return new VerbReach(text, verbs, true);
    }

    /** For {@link ActorPatterns#STATE_ACTING}: capitalised words, "and", "the", auxiliaries and the verb. */
    static VerbReach ofWords(String text, int[] verbs) {
        return new VerbReach(text, verbs, false);
    }

    /** Whether the run from {@code s} holds a verb after {@code s} or, for names, ends at a comma. */
    boolean reaches(int s) {
        int end = runEnd(s);
        if (names && end < text.length() && text.charAt(end) == ',') {
            return true;
        }
        int i = Arrays.binarySearch(verbs, s + 1);
        int next = i >= 0 ? i : -i - 1;
        return next < verbs.length && verbs[next] < end;
    }

    /** The first offset at or after {@code s} whose char the run cannot hold. */
    private int runEnd(int s) {
        if (s >= runFrom && s < runEnd) {
            return runEnd;
        }
        int i = s;
        while (i < text.length() && inRun(text.charAt(i))) {
            i++;
        }
        runFrom = s;
        runEnd = i;
        return i;
    }

    private boolean inRun(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || NameWords.isSpace(c)
                || names && (c == '’' || c == '\'' || c == '.' || c == '-');
    }
}
