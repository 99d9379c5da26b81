package org.eventtimeline.extract;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text, a pattern and a test that holds at every offset where a match can start, and produces the same
 * successive matches as {@link Matcher#find()}, trying the pattern only at the offsets that pass the test.
 */
public final class CandidateScan {

    private final Matcher matcher;
    private final String text;
    private final IntPredicate mayStart;
    private int next;

    public CandidateScan(Pattern pattern, String text, IntPredicate mayStart) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.mayStart = mayStart;
    }

    /** Advances to the next match, as {@code find()} would; the match is then read from {@link #matcher()}. */
    public boolean find() {
        for (int s = next; s < text.length(); s++) {
            if (!mayStart.test(s)) {
                continue;
            }
            matcher.region(s, text.length());
            if (matcher.lookingAt()) {
                next = Math.max(matcher.end(), s + 1);
                return true;
            }
        }
        next = text.length();
        return false;
    }

    /** The matcher holding the current match (groups, starts and ends are offsets in the whole text). */
    public Matcher matcher() {
        return matcher;
    }
}
