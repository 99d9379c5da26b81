package org.eventtimeline.extract;

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

    /** The tense of the text: FUTURE, PAST or PRESENT. */
    public Tense tenseOf(CharSequence text) {
        if (mayBeFuture(text) && FUTURE.matcher(text).find()) {
            return Tense.FUTURE;
        }
        if (WordStartScan.occursIn(PAST, text.toString())) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
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
