package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a sentence's text and the offsets of its {@link ActorPatterns#DESCRIBED_ORGANISATION} nouns, and produces those
 * a match can hold: the noun's word is followed, within three words, by one of the pattern's verbs ("office said",
 * "ministry on Monday told").
 */
final class DescribedAnchors {

    /** The verbs of {@link ActorPatterns#DESCRIBED_ORGANISATION}, as written there (case-sensitive). */
    static final String[] VERBS = {"said", "says", "told", "announced", "reported", "stated", "confirmed", "added"};
    /** The verb comes right after the noun, after one adverb, or after "on" and a weekday. */
    private static final int WORDS_TO_VERB = 3;

    private DescribedAnchors() {
    }

    /** The nouns a verb follows within three words, sorted as given. */
    static int[] before(String text, int[] nouns) {
        int[] kept = new int[nouns.length];
        int n = 0;
        for (int noun : nouns) {
            if (verbFollows(text, noun)) {
                kept[n++] = noun;
            }
        }
        return n == nouns.length ? nouns : Arrays.copyOf(kept, n);
    }

    private static boolean verbFollows(String text, int noun) {
        int at = noun;
        for (int word = 0; word < WORDS_TO_VERB; word++) {
            at = NameWords.nextWord(text, at);
            if (at >= text.length()) {
                return false;
            }
            for (String verb : VERBS) {
                if (text.startsWith(verb, at)) {
                    return true;
                }
            }
        }
        return false;
    }
}
