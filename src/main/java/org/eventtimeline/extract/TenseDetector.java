package org.eventtimeline.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** Reads a clause and tells its tense from auxiliaries and verb forms: future cues first, then past, else present. */
public final class TenseDetector {

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|won't|'ll|going to|(is|are|was|were) (due|set|scheduled|expected|slated|to) (to )?"
                    + "\\w+|plans? to|planning to|intends? to|next (week|month|year))\\b");
    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(was|were|had|did|said|told|took|made|went|came|left|fled|died|killed|shot|hit|began|saw|"
                    + "fell|held|met|ago|yesterday|last (week|month|year|night)|\\p{L}{2,}ed)\\b");

    /**
     * Literals one of which every {@link #FUTURE} match holds ("s to"/"e to" for "is/are/was/were to"); a text
     * holding none, even case-folded, cannot match it.
     */
    private static final String[] FUTURE_WORDS = {"will", "shall", "won't", "'ll", "going", "due", "set", "scheduled",
        "expected", "slated", "s to", "e to", "plan", "intend", "next"};

    /** The first word of every {@link #FUTURE} alternative but "'ll". */
    private static final WordSet FUTURE_FIRST_WORDS = words("will", "shall", "won", "going", "is", "are", "was",
            "were", "plan", "plans", "planning", "intend", "intends", "next");
    /** The first word of every {@link #PAST} alternative but the "-ed" forms. */
    private static final WordSet PAST_FIRST_WORDS = words("was", "were", "had", "did", "said", "told", "took",
            "made", "went", "came", "left", "fled", "died", "killed", "shot", "hit", "began", "saw", "fell", "held",
            "met", "ago", "yesterday", "last");
    private static final int MAX_FIRST_WORD = 9;

    /** The tense of the text: FUTURE, PAST or PRESENT. */
    public Tense tenseOf(CharSequence text) {
        String string = text.toString();
        if (mayBeFuture(text) && WordStartScan.occursAt(FUTURE, string,
                s -> string.charAt(s) == '\'' || startsCue(string, s, FUTURE_FIRST_WORDS, false))) {
            return Tense.FUTURE;
        }
        if (WordStartScan.occursAt(PAST, string, s -> startsCue(string, s, PAST_FIRST_WORDS, true))) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }

    /**
     * Whether a cue can start at {@code s}: a word start whose letter run is one of the first words (ASCII case
     * folded), or, for "-ed" forms, a run of four letters or more ending in "ed". A cue's first word is followed by a
     * boundary, so it is a whole letter run; other starts cannot match.
     */
    private static boolean startsCue(String text, int s, WordSet firstWords, boolean edForms) {
        if (!WordStartScan.mayStart(text, s)) {
            return false;
        }
        int end = s;
        while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        int length = end - s;
        if (edForms && length >= 4 && (text.charAt(end - 1) | 0x20) == 'd' && (text.charAt(end - 2) | 0x20) == 'e') {
            return true;
        }
        return length <= MAX_FIRST_WORD && firstWords.contains(text, s, end);
    }

    private static WordSet words(String... words) {
        return new WordSet(Set.of(words));
    }

    private static boolean mayBeFuture(CharSequence text) {
        String folded = TextFold.fold(text.toString());
        for (String word : FUTURE_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
