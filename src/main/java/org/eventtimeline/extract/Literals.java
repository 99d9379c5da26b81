package org.eventtimeline.extract;

import java.util.Arrays;

/**
 * Reads a text and produces, for each of a few fixed sets of literal words (two chars or more, case as given), the
 * sorted, distinct offsets at which a word of the set occurs, overlapping occurrences included: one pass over the
 * text for all sets, comparing only the words that share the two chars at hand.
 */
public final class Literals {

    private static final int OTHER = 128 * 128;

    /** Per key of two chars (or {@link #OTHER}): the words starting with them and the set of each. */
    private final String[][] words = new String[OTHER + 1][];
    private final int[][] setOf = new int[OTHER + 1][];
    /** One bit per key that has words: a small table checked before the large one. */
    private final long[] keyBits = new long[(OTHER + 64) / 64];
    /** Per key: one bit per third char of its words (the char's low six bits); all bits when a word has two chars. */
    private final long[] thirdBits = new long[OTHER + 1];
    private final int sets;

    /** One set of words. */
    public Literals(String... words) {
        this(new String[][] {words});
    }

    private Literals(String[][] sets) {
        this.sets = sets.length;
        for (int set = 0; set < sets.length; set++) {
            for (String word : sets[set]) {
                if (word.length() < 2) {
                    throw new IllegalArgumentException("a literal needs two chars: " + word);
                }
                int key = key(word.charAt(0), word.charAt(1));
                String[] bucket = words[key];
                words[key] = bucket == null ? new String[] {word} : append(bucket, word);
                int[] owners = setOf[key];
                setOf[key] = owners == null ? new int[] {set} : append(owners, set);
                keyBits[key >> 6] |= 1L << (key & 63);
                thirdBits[key] |= word.length() == 2 || key == OTHER ? -1L : 1L << word.charAt(2);
            }
        }
    }

    /** Several sets of words, read in one pass by {@link #positionsOfEachIn(String)}. */
    public static Literals ofSets(String[]... sets) {
        return new Literals(sets.clone());
    }

    /** The sorted, distinct offsets where one of the words starts in the text (the first set's, if several). */
    public int[] positionsIn(String text) {
        return positionsOfEachIn(text)[0];
    }

    /** For each set, the sorted, distinct offsets where one of its words starts in the text. */
    public int[][] positionsOfEachIn(String text) {
        return scan(text, ANYWHERE);
    }

    /**
     * As {@link #positionsOfEachIn(String)}, keeping only the offsets right after a whitespace char of regex
     * {@code \s} (or at 0): the words a pattern needs after {@code \s+}.
     */
    public int[][] positionsOfEachAfterSpaceIn(String text) {
        return scan(text, AFTER_SPACE);
    }

    /** As {@link #positionsIn(String)}, keeping only the offsets of an ASCII capital: for capitalised words. */
    public int[] positionsAtCapitalsIn(String text) {
        return scan(text, AT_CAPITAL)[0];
    }

    private static final int ANYWHERE = 0;
    private static final int AFTER_SPACE = 1;
    private static final int AT_CAPITAL = 2;

    private int[][] scan(String string, int where) {
        char[] text = string.toCharArray();
        Found found = new Found(sets);
        int last = text.length - 1;
        if (where == AFTER_SPACE) {
            if (last > 0) {
                tryAt(text, 0, found);
            }
            for (int i = 1; i < last; i++) {
                char before = text[i - 1];
                if (before <= ' ' && NameWords.isSpace(before)) {
                    tryAt(text, i, found);
                }
            }
        } else if (where == AT_CAPITAL) {
            for (int i = 0; i < last; i++) {
                char c = text[i];
                if (c >= 'A' && c <= 'Z') {
                    tryAt(text, i, found);
                }
            }
        } else {
            for (int i = 0; i < last; i++) {
                tryAt(text, i, found);
            }
        }
        return found.positions();
    }

    /** Adds {@code i} to the sets of the words starting there. */
    private void tryAt(char[] text, int i, Found found) {
        int key = key(text[i], text[i + 1]);
        if ((keyBits[key >> 6] & (1L << (key & 63))) == 0) {
            return;
        }
        long third = thirdBits[key];
        if (third != -1L && (i + 2 >= text.length || (third & (1L << text[i + 2])) == 0)) {
            return; // no word of the bucket has the third char at hand
        }
        String[] bucket = words[key];
        int[] owners = setOf[key];
        for (int w = 0; w < bucket.length; w++) {
            if (startsAt(text, i, bucket[w], key == OTHER ? 0 : 2)) {
                found.add(owners[w], i);
            }
        }
    }

    /** The offsets found so far, per set. */
    private static final class Found {

        private final int[][] offsets;
        private final int[] counts;

        Found(int sets) {
            offsets = new int[sets][4];
            counts = new int[sets];
        }

        /** Adds the offset to the set unless it is already its last. */
        void add(int set, int offset) {
            int n = counts[set];
            if (n > 0 && offsets[set][n - 1] == offset) {
                return;
            }
            if (n == offsets[set].length) {
                offsets[set] = Arrays.copyOf(offsets[set], n * 2);
            }
            offsets[set][n] = offset;
            counts[set] = n + 1;
        }

        int[][] positions() {
            for (int set = 0; set < offsets.length; set++) {
                offsets[set] = Arrays.copyOf(offsets[set], counts[set]);
            }
            return offsets;
        }
    }

    /**
     * The sorted, distinct offsets where one of the (lower-case) words starts in the text case-folded as
     * {@link TextFold#fold(String)} folds it, without building the folded copy.
     */
    public int[] positionsInFolded(String text) {
        int[] found = new int[4];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            int key = key(fold(text.charAt(i)), fold(text.charAt(i + 1)));
            if ((keyBits[key >> 6] & (1L << (key & 63))) == 0) {
                continue;
            }
            long third = thirdBits[key];
            if (third != -1L && (i + 2 >= text.length() || (third & (1L << fold(text.charAt(i + 2)))) == 0)) {
                continue;
            }
            for (String word : words[key]) {
                if (foldedStartsAt(text, i, word, key == OTHER ? 0 : 2)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                    break;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** The char as {@link TextFold#fold(String)} folds it. */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean foldedStartsAt(String text, int at, String word, int known) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = known; k < word.length(); k++) {
            if (fold(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int key(char first, char second) {
        return first < 128 && second < 128 ? first << 7 | second : OTHER;
    }

    /** Whether the word is at {@code at}; its first {@code known} chars are known to be there. */
    private static boolean startsAt(char[] text, int at, String word, int known) {
        if (at + word.length() > text.length) {
            return false;
        }
        for (int k = known; k < word.length(); k++) {
            if (text[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String[] append(String[] bucket, String word) {
        String[] longer = Arrays.copyOf(bucket, bucket.length + 1);
        longer[bucket.length] = word;
        return longer;
    }

    private static int[] append(int[] owners, int set) {
        int[] longer = Arrays.copyOf(owners, owners.length + 1);
        longer[owners.length] = set;
        return longer;
    }
}
