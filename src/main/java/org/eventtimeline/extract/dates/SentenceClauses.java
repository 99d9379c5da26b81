package org.eventtimeline.extract.dates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eventtimeline.extract.Tense;

/**
 * Reads one sentence and tells the tense of the nearest verb cue in the clause around any span of it, as
 * {@link ClauseTense} does, finding the sentence's clause breaks once and the cues of each clause once.
 */
final class SentenceClauses {

    /** Cues after the date count as this many chars farther than cues before it. */
    private static final int AFTER_PENALTY = 15;
    private static final Tense[] TENSES = Tense.values();

    private final String text;
    private int[] breaks;
    private final Map<Long, int[]> cuesByClause = new HashMap<>();

    SentenceClauses(String text) {
        this.text = text;
    }

    /** The tense of the nearest cue in the clause around {@code [start, end)}, or empty when there is none. */
    Optional<Tense> tenseAround(int start, int end) {
        if (breaks == null) {
            breaks = ClauseTense.breaks(text);
        }
        int from = 0;
        int to = text.length();
        for (int b = 0; b < breaks.length; b += 2) {
            if (breaks[b + 1] <= start) {
                from = breaks[b + 1];
            } else if (breaks[b] >= end) {
                to = breaks[b];
                break;
            }
        }
        int clauseFrom = from;
        int clauseTo = to;
        int[] cues = cuesByClause.computeIfAbsent((long) from << 32 | to,
                key -> ClauseTense.cues(text, clauseFrom, clauseTo));
        Tense best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int c = 0; c < cues.length; c += 3) {
            int cueStart = cues[c];
            int cueEnd = cues[c + 1];
            if (cueStart < end && cueEnd > start) {
                continue;
            }
            int distance = cueEnd <= start ? start - cueEnd : cueStart - end + AFTER_PENALTY;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = TENSES[cues[c + 2]];
            }
        }
        return Optional.ofNullable(best);
    }
}
