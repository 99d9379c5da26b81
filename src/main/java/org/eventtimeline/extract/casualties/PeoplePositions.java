package org.eventtimeline.extract.casualties;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence and produces, on demand and memoised, where a {@link NounPhrases#PEOPLE} phrase begins and the
 * positions {@link CasualtyPatterns#PEOPLE_STARTS} allows.
 */
final class PeoplePositions {

    private static final Pattern PEOPLE = Pattern.compile("(?iU)" + NounPhrases.PEOPLE);
    private static final Pattern PEOPLE_PLAIN = Pattern.compile("(?i)" + NounPhrases.PEOPLE);

    private final PeopleGate gate = new PeopleGate();
    private final Matcher unicodePeople = RuleScanner.bounded(PEOPLE);
    private final Matcher plainPeople = RuleScanner.bounded(PEOPLE_PLAIN);
    private Matcher people;
    /** Whether {@link #people} is set to the sentence: it is only before its first search in it. */
    private boolean peopleReady;
    /** Per position: 0 not known yet, 1 a people phrase begins there, 2 none does. */
    private byte[] peopleAt = new byte[256];
    /** Per position where a people phrase begins: where the first one {@code lookingAt} finds ends. */
    private int[] peopleEnd = new int[256];
    /** The positions {@link CasualtyPatterns#PEOPLE_STARTS} allows, in order; computed once a sentence. */
    private int[] starts = new int[64];
    private int startCount;
    /** The last position the list of people starts covers. */
    private int scannedTo;
    private String text;
    private String folded;

    /** Takes the next sentence, its {@link Starts#fold folded} copy and whether it is {@link PlainChars#plain}. */
    void reset(String sentence, String foldedSentence, boolean plain) {
        text = sentence;
        folded = foldedSentence;
        if (peopleAt.length < text.length()) {
            peopleAt = new byte[Math.max(text.length(), peopleAt.length * 2)];
            peopleEnd = new int[peopleAt.length];
        } else {
            Arrays.fill(peopleAt, 0, text.length(), (byte) 0);
        }
        startCount = 0;
        scannedTo = -1;
        people = plain ? plainPeople : unicodePeople;
        peopleReady = false;
        gate.reset(text, folded);
    }

    /** Lists the positions {@link CasualtyPatterns#PEOPLE_STARTS} allows up to {@code limit}; gives their count. */
    int listStarts(int limit) {
        int last = Math.min(limit, text.length() - 1);
        if (scannedTo >= last) {
            return startCount;
        }
        Starts peopleStarts = CasualtyPatterns.PEOPLE_STARTS;
        for (int s = peopleStarts.next(text, folded, scannedTo + 1, last); s >= 0;
                s = peopleStarts.next(text, folded, s + 1, last)) {
            if (startCount == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[startCount++] = s;
        }
        scannedTo = last;
        return startCount;
    }

    /** The positions {@link #listStarts} listed, in order; the array is reused, only its first entries count. */
    int[] starts() {
        return starts;
    }

    /** Whether a people phrase begins at {@code s}; every rule that begins with people or a figure needs one. */
    boolean at(int s) {
        if (peopleAt[s] == 0 && !gate.mayBegin(s)) {
            peopleAt[s] = 2;
        }
        if (peopleAt[s] == 0) {
            if (!peopleReady) {
                people.reset(text);
                peopleReady = true;
            }
            people.region(s, text.length());
            peopleAt[s] = people.lookingAt() ? (byte) 1 : (byte) 2;
            if (peopleAt[s] == 1) {
                peopleEnd[s] = people.end();
            }
        }
        return peopleAt[s] == 1;
    }

    /** Where the first people phrase {@code lookingAt} finds at {@code s} ends; only after {@link #at} was true. */
    int end(int s) {
        return peopleEnd[s];
    }

    /**
     * Whether a people phrase begins at one of the {@code words} tokens after the one at {@code s}. An active rule's
     * verb is words of letters joined by {@code \\s+}, and {@link PeopleGate#isSpace} spaces hold every {@code \\s}:
     * its people, after the verb and {@code \\s+}, begin where one of those tokens does.
     */
    boolean after(int s, int words) {
        int n = text.length();
        int i = s;
        for (int word = 0; word < words; word++) {
            while (i < n && !PeopleGate.isSpace(text.charAt(i))) {
                i++;
            }
            while (i < n && PeopleGate.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            if (at(i)) {
                return true;
            }
        }
        return false;
    }
}
