package org.eventtimeline.extract.casualties;

/**
 * Reads a verb alternation of words joined by {@code \s+} ("shot\s+and\s+killed|killed") and produces the most words
 * one of its matches may span (3 here), or 0 when a repeated group makes that unbounded.
 */
final class VerbWords {

    private static final String SPACES = "\\s+";

    private VerbWords() {
    }

    /**
     * At most how many words a match spans: one more than the {@code \s+} an alternative holds (counting those of all
     * its inner alternatives and lookarounds, which only overestimates); 0 when a group may repeat.
     */
    static int max(String alternation) {
        int most = 0;
        for (String alternative : Alternation.topLevel(alternation)) {
            if (alternative.contains(")*") || alternative.contains(")+") || alternative.contains("){")) {
                return 0;
            }
            int spaces = 0;
            for (int i = alternative.indexOf(SPACES); i >= 0; i = alternative.indexOf(SPACES, i + 1)) {
                spaces++;
            }
            most = Math.max(most, spaces + 1);
        }
        return most;
    }
}
