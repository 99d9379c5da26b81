package org.eventtimeline.extract.dates;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.eventtimeline.extract.Tense;

/**
 * Reads one sentence and tells the tense of the nearest verb cue in the clause around any span of it, as
 * {@link ClauseTense} does, finding each clause break and each clause's cues once and only as far as needed.
 */
final class SentenceClauses {

    /** Cues after the date count as this many chars farther than cues before it. */
    private static final int AFTER_PENALTY = 15;
    private static final Tense[] TENSES = Tense.values();

    private final String text;
    private Matcher breakMatcher;
    /** Start and end of each clause break found so far, flat; the scan goes on from {@link #nextBreak}. */
    private int[] breaks = new int[8];
    private int breakCount;
    private int nextBreak;
    private final Map<Long, ClauseCues> clauses = new HashMap<>();

    SentenceClauses(String text) {
        this.text = text;
    }

    /** The tense of the nearest cue in the clause around {@code [start, end)}, or empty when there is none. */
    Optional<Tense> tenseAround(int start, int end) {
        int from = 0;
        int to = text.length();
        for (int b = 0; hasBreak(b); b++) {
            if (breaks[2 * b + 1] <= start) {
                from = breaks[2 * b + 1];
            } else if (breaks[2 * b] >= end) {
                to = breaks[2 * b];
                break;
            }
        }
        int clauseFrom = from;
        int clauseTo = to;
        ClauseCues cues = clauses.computeIfAbsent((long) from << 32 | to,
                key -> new ClauseCues(text, clauseFrom, clauseTo));
        Tense best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int c = 0; cues.has(c); c++) {
            int cueStart = cues.start(c);
            int cueEnd = cues.end(c);
            if (cueStart >= end && cueStart - end + AFTER_PENALTY >= bestDistance) {
                break; // every later cue starts later still, so none is nearer
            }
            if (cueStart < end && cueEnd > start) {
                continue;
            }
            int distance = cueEnd <= start ? start - cueEnd : cueStart - end + AFTER_PENALTY;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = TENSES[cues.tense(c)];
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether break {@code b} exists, scanning on for it when needed. */
    private boolean hasBreak(int b) {
        while (breakCount <= b) {
            if (!scanBreak()) {
                return false;
            }
        }
        return true;
    }

    /** Finds the next break: the pattern runs only where a break can start (a mark, a space, a break word). */
    private boolean scanBreak() {
        for (int s = nextBreak; s < text.length(); s++) {
            if (!ClauseTense.mayStartBreak(text, s)) {
                continue;
            }
            if (breakMatcher == null) {
                breakMatcher = ClauseTense.breakMatcher(text);
            }
            breakMatcher.region(s, text.length());
            if (!breakMatcher.lookingAt()) {
                continue;
            }
            nextBreak = breakMatcher.end();
            if (2 * breakCount + 2 > breaks.length) {
                breaks = Arrays.copyOf(breaks, breaks.length * 2);
            }
            breaks[2 * breakCount] = breakMatcher.start();
            breaks[2 * breakCount + 1] = breakMatcher.end();
            breakCount++;
            return true;
        }
        nextBreak = text.length();
        return false;
    }
}
