package org.eventtimeline.extract.dates;

import java.util.Arrays;
import java.util.regex.Matcher;

import org.eventtimeline.extract.AsciiWords;
import org.eventtimeline.extract.Tense;

/**
 * Reads one clause of a sentence and produces its tense cues in text order, as far as asked: the cue pattern runs
 * only where a cue can start, and only until the caller has seen enough.
 */
final class ClauseCues {

    private final String text;
    private final int to;
    private Matcher cue;
    private int next;
    /** Start, end and {@link Tense} ordinal of each cue found so far, flat. */
    private int[] found = new int[6];
    private int count;

    ClauseCues(String text, int from, int to) {
        this.text = text;
        this.next = from;
        this.to = to;
    }

    /** Whether cue {@code i} exists, scanning on for it when needed; cues of no tense ("be held") are left out. */
    boolean has(int i) {
        while (count <= i) {
            if (!scanNext()) {
                return false;
            }
        }
        return true;
    }

    int start(int i) {
        return found[3 * i];
    }

    int end(int i) {
        return found[3 * i + 1];
    }

    int tense(int i) {
        return found[3 * i + 2];
    }

    /**
     * Finds the next cue with a tense. The pattern is tried only where one can start (a word's first letter, an
     * apostrophe), as find() would meet them; transparent bounds differ from find() in the clause only at its edges,
     * where a clause break leaves no letter a cue could start or end with.
     */
    private boolean scanNext() {
        for (int s = next; s < to; s++) {
            if (!ClauseTense.mayStartCue(text, s, to)) {
                s = restOfWord(s) - 1;
                continue;
            }
            if (cue == null) {
                cue = ClauseTense.cueMatcher(text);
            }
            cue.region(s, to);
            if (!cue.lookingAt()) {
                s = restOfWord(s) - 1;
                continue;
            }
            s = Math.max(cue.end(), s + 1) - 1;
            Tense tense = ClauseTense.tenseOf(cue);
            if (tense == null) {
                continue;
            }
            next = s + 1;
            if (3 * count + 3 > found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[3 * count] = cue.start();
            found[3 * count + 1] = cue.end();
            found[3 * count + 2] = tense.ordinal();
            count++;
            return true;
        }
        next = to;
        return false;
    }

    /**
     * Past the run of ASCII letters at {@code s} (or just past {@code s} if it holds no letter): no cue starts inside
     * such a run, as each of its later letters follows a letter.
     */
    private int restOfWord(int s) {
        if (!AsciiWords.isAsciiLetter(text.charAt(s))) {
            return s + 1;
        }
        int i = s + 1;
        while (i < to && AsciiWords.isAsciiLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
