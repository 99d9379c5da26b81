package org.eventtimeline.extract;

/**
 * Reads a sentence's text and tells whether a described organisation ("the crisis office said") or a group ("armed
 * gunmen") can start at an offset: a test on the first word that holds at every start of a match, so that the
 * pattern runs at few letters instead of at every one.
 */
final class ActorStarts {

    /** The words a {@link ActorPatterns#GROUP} match can start with, besides a capitalised adjective. */
    private static final AsciiWords GROUP_FIRST_WORDS = new AsciiWords(concat(
            new String[] {"armed", "violent", "masked", "suspected", "unidentified", "unknown", "rival"},
            ActorPatterns.GROUP_NOUNS));

    private ActorStarts() {
    }

    /**
     * Whether {@link ActorPatterns#DESCRIBED_ORGANISATION} can start at {@code s}: at "a", "an" or "the" (ASCII case
     * ignored) before whitespace, or in a run of letters ending in "’s" or "'s" before whitespace.
     */
    static boolean mayStartDescribed(String text, int s) {
        return articleAt(text, s) || possessiveAt(text, s);
    }

    /** Whether {@link ActorPatterns#GROUP} can start at {@code s}: at an upper-case letter or one of its first words. */
    static boolean mayStartGroup(String text, int s) {
        return ActorAnchors.mayStartName(text, s) || GROUP_FIRST_WORDS.startAt(text, s);
    }

    private static boolean articleAt(String text, int s) {
        if (lowerAt(text, s) == 'a') {
            return spaceAt(text, s + 1) || lowerAt(text, s + 1) == 'n' && spaceAt(text, s + 2);
        }
        return lowerAt(text, s) == 't' && lowerAt(text, s + 1) == 'h' && lowerAt(text, s + 2) == 'e'
                && spaceAt(text, s + 3);
    }

    private static boolean possessiveAt(String text, int s) {
        int j = s;
        while (j < text.length() && Character.isLetter(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j > s && j + 2 < text.length() && (text.charAt(j) == '’' || text.charAt(j) == '\'')
                && text.charAt(j + 1) == 's' && spaceAt(text, j + 2);
    }

    /** The ASCII letter at {@code i} in lower case, or 0 past the end or for any other char. */
    private static char lowerAt(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c >= 'a' && c <= 'z' ? c : 0;
    }

    private static boolean spaceAt(String text, int i) {
        return i < text.length() && NameWords.isSpace(text.charAt(i));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
