package org.eventtimeline.extract;

import java.util.Set;
import java.util.regex.Matcher;
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
        return tenseOf(string, TextFold.fold(string));
    }

    /** The tense of the text, given its {@link TextFold#fold(String) folded} copy. */
    Tense tenseOf(String string, String folded) {
        if (mayBeFuture(folded) && WordStartScan.occursAt(FUTURE, string,
                s -> string.charAt(s) == '\'' || WordStartScan.mayStart(string, s)
                        && startsCue(string, s, FUTURE_FIRST_WORDS, false))) {
            return Tense.FUTURE;
        }
        if (pastOccurs(string)) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }

    /**
     * As {@code PAST.matcher(text).find()}: the pattern is tried only at word starts ({@link WordStartScan#nextStart})
     * where a past cue can begin, in order, as {@code find()} would reach them.
     */
    private static boolean pastOccurs(String text) {
        Matcher matcher = null;
        int length = text.length();
        for (int s = WordStartScan.nextStart(text, 0); s < length; s = WordStartScan.nextStart(text, s + 1)) {
            if (!startsCue(text, s, PAST_FIRST_WORDS, true)) {
                continue;
            }
            if (matcher == null) {
                matcher = PAST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.region(s, length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue can start at the word start {@code s}: its letter run is one of the first words (ASCII case
     * folded), or, for "-ed" forms, a run of four letters or more ending in "ed". A cue's first word is followed by a
     * boundary, so it is a whole letter run; other starts cannot match.
     */
    private static boolean startsCue(String text, int s, WordSet firstWords, boolean edForms) {
        int end = letterRunEnd(text, s);
        int length = end - s;
        if (edForms && length >= 4 && (text.charAt(end - 1) | 0x20) == 'd' && (text.charAt(end - 2) | 0x20) == 'e') {
            return true;
        }
        return length <= MAX_FIRST_WORD && firstWords.contains(text, s, end);
    }

    /** The end of the run of letters (code points, {@link Character#isLetter(int)}) from {@code s}. */
    static int letterRunEnd(String text, int s) {
        int end = s;
        int length = text.length();
        while (end < length) {
            char c = text.charAt(end);
            if (c < 128) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    break;
                }
                end++;
            } else {
                int point = text.codePointAt(end);
                if (!Character.isLetter(point)) {
                    break;
                }
                end += Character.charCount(point);
            }
        }
        return end;
    }

    private static WordSet words(String... words) {
        return new WordSet(Set.of(words));
    }

    private static boolean mayBeFuture(String folded) {
        for (String word : FUTURE_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
