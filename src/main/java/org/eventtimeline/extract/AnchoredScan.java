package org.eventtimeline.extract;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text, a pattern and the sorted start positions of the word every match must contain (its anchor: a month
 * name, a title, a verb), and produces the same successive matches as {@link Matcher#find()} while trying only the
 * starts at most {@code tokens} whitespace-separated tokens before an anchor, instead of every position of the text.
 * Exact when each match contains an anchor from the list and holds at most {@code tokens} whitespace runs before it.
 */
public final class AnchoredScan {

    private final Matcher matcher;
    private final String text;
    private final int[] anchors;
    private final IntUnaryOperator earliest;
    private IntPredicate possibleStart = s -> true;
    private int next;
    private int end;
    private int tried = -1;

    public AnchoredScan(Pattern pattern, String text, int[] anchors, int tokens) {
        this(pattern, text, anchors, anchor -> walkBack(text, anchor, tokens));
    }

    /** A scan whose matches start no earlier than {@code earliest} applied to their anchor (a monotone bound). */
    public AnchoredScan(Pattern pattern, String text, int[] anchors, IntUnaryOperator earliest) {
        this(pattern.matcher(text), text, anchors, earliest);
    }

    /** As the scan of the matcher's pattern, reusing the matcher (already reset to the text). */
    public AnchoredScan(Matcher matcher, String text, int[] anchors, IntUnaryOperator earliest) {
        this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.anchors = anchors;
        this.earliest = earliest;
    }

    /**
     * Tries only the starts passing the test: a cheap check on the first char that holds at every position where the
     * pattern can start ("an upper-case letter"), so that the pattern itself runs at fewer positions.
     */
    public AnchoredScan startingWhere(IntPredicate test) {
        this.possibleStart = test;
        return this;
    }

    /** Advances to the next match, as {@code find()} would; the match is then read from {@link #matcher()}. */
    public boolean find() {
        while (next < anchors.length) {
            int anchor = anchors[next];
            if (anchor < end) {
                next++;
                continue;
            }
            int from = Math.max(Math.max(end, tried + 1), earliest.applyAsInt(anchor));
            for (int s = from; s <= anchor; s++) {
                tried = s;
                if (!possibleStart.test(s)) {
                    continue;
                }
                matcher.region(s, text.length());
                if (matcher.lookingAt()) {
                    end = Math.max(matcher.end(), s + 1);
                    return true;
                }
            }
            next++;
        }
        return false;
    }

    /** The matcher holding the current match (groups, starts and ends are offsets in the whole text). */
    public Matcher matcher() {
        return matcher;
    }

    /** The start of the token holding {@code at}, moved back over {@code tokens} more whitespace-separated tokens. */
    public static int walkBack(String text, int at, int tokens) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        for (int t = 0; t < tokens && i > 0; t++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }
}
