package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a case-folded text and lower-case stems and produces, in ascending order, every index at which one of the
 * stems occurs: the only places where a pattern whose every alternative starts with a stem can begin.
 */
final class StemOccurrences {

    private final String folded;
    private final String[] stems;
    private final int[] next;

    /** The occurrences at or after {@code from}. */
    StemOccurrences(String folded, String[] stems, int from) {
        this.folded = folded;
        this.stems = stems;
        this.next = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            next[i] = folded.indexOf(stems[i], from);
        }
    }

    /** The next index at which a stem occurs, or -1 when none is left; each index is given once. */
    int next() {
        int min = -1;
        for (int at : next) {
            if (at >= 0 && (min < 0 || at < min)) {
                min = at;
            }
        }
        if (min >= 0) {
            for (int i = 0; i < next.length; i++) {
                if (next[i] == min) {
                    next[i] = folded.indexOf(stems[i], min + 1);
                }
            }
        }
        return min;
    }

    @Override
    public String toString() {
        return "StemOccurrences" + Arrays.toString(stems);
    }
}
