package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a sentence's text and the offsets of its title stems, and produces those a {@link ActorPatterns#TITLED_PERSON}
 * match can hold (a title of three words at most, then whitespace and a name's capital) and the offsets where such
 * a match can start: the title itself, or a qualifier of one or two words before it.
 */
final class TitleStarts {

    /** A title has at most three words ("deputy prime minister"), each after one space. */
    private static final int TITLE_WORDS = 3;
    /** A qualifier ("then-North Korean", "U.S.") has at most two words. */
    private static final int QUALIFIER_WORDS = 2;

    private final String text;
    private final int[] titles;

    private TitleStarts(String text, int[] titles) {
        this.text = text;
        this.titles = titles;
    }

    /** The stems of the text after which one of the next three words starts with an upper-case letter. */
    static TitleStarts in(String text, int[] stems) {
        int[] kept = new int[stems.length];
        int n = 0;
        for (int stem : stems) {
            if (nameFollows(text, stem)) {
                kept[n++] = stem;
            }
        }
        return new TitleStarts(text, n == stems.length ? stems : Arrays.copyOf(kept, n));
    }

    /** The title offsets kept, sorted. */
    int[] titles() {
        return titles;
    }

    /**
     * Whether a match can start at {@code s}: at a kept title, or at an upper-case letter or "t" ("then-") one or two
     * words before one.
     */
    boolean mayStart(int s) {
        if (Arrays.binarySearch(titles, s) >= 0) {
            return true;
        }
        char c = text.charAt(s);
        if (!(Character.isUpperCase(c) || c == 't')) {
            return false;
        }
        int at = s;
        for (int word = 0; word < QUALIFIER_WORDS; word++) {
            at = NameWords.nextWord(text, at);
            if (at < text.length() && Arrays.binarySearch(titles, at) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameFollows(String text, int stem) {
        int at = stem;
        for (int word = 0; word < TITLE_WORDS; word++) {
            at = NameWords.nextWord(text, at);
            if (at < text.length() && ActorAnchors.mayStartName(text, at)) {
                return true;
            }
        }
        return false;
    }
}
