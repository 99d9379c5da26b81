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

    /** The tense of the text: FUTURE, PAST or PRESENT. */
    public Tense tenseOf(CharSequence text) {
        if (FUTURE.matcher(text).find()) {
            return Tense.FUTURE;
        }
        if (PAST.matcher(text).find()) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }
}
