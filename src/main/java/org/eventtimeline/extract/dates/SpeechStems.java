package org.eventtimeline.extract.dates;

import java.util.Arrays;

import org.eventtimeline.extract.AsciiWords;

/**
 * Reads a sentence and lists its word starts (an ASCII letter after no ASCII letter, digit or "_") that hold one of a
 * few stems, scanning only the stretches asked for and each char at most once while the asks move forward.
 */
final class SpeechStems {

    private final String text;
    private final AsciiWords stems;
    private int[] found = new int[4];
    private int count;
    /** The stretch {@code [scannedFrom, scannedTo)} already scanned; {@link #found} holds its stem starts in order. */
    private int scannedFrom;
    private int scannedTo;

    SpeechStems(String text, AsciiWords stems) {
        this.text = text;
        this.stems = stems;
    }

    /** The first stem start in {@code [from, to)}, or -1 when there is none. */
    int first(int from, int to) {
        cover(from, to);
        int i = Arrays.binarySearch(found, 0, count, from);
        i = i >= 0 ? i : -i - 1;
        return i < count && found[i] < to ? found[i] : -1;
    }

    private void cover(int from, int to) {
        if (from < scannedFrom || from > scannedTo) {
            count = 0;
            scannedFrom = from;
            scannedTo = from;
        }
        int p = scannedTo;
        while (p < to) {
            if (!AsciiWords.isAsciiLetter(text.charAt(p))) {
                p++;
                continue;
            }
            if ((p == 0 || !isAsciiWordChar(text.charAt(p - 1))) && stems.startAt(text, p)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = p;
            }
            // no later letter of the run starts a word
            p++;
            while (p < text.length() && AsciiWords.isAsciiLetter(text.charAt(p))) {
                p++;
            }
        }
        scannedTo = Math.max(scannedTo, p);
    }

    private static boolean isAsciiWordChar(char c) {
        return AsciiWords.isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }
}
