package org.eventtimeline.extract.casualties;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sentence's {@link Starts#fold folded} chars and produces where each casualty stem first and last occurs.
 */
final class StemPositions {

    /** Literal stems of every alternative of {@link RuleScanner}'s cue: it cannot match before the first of them. */
    private static final String[] CUE_STEMS = {"kill", "dead", "death", "die", "dying", "fatal", "injur", "wound",
        "hurt", "shot", "shoot", "stab", "missing", "unaccounted", "kidnap", "abduct", "hostage", "captive", "snatch",
        "arrest", "detain", "custody", "apprehend", "rounded", "toll", "lives", "hospital", "slain", "murder",
        "massacr", "slaughter", "behead", "assassinat", "drown", "perish", "succumb", "gunned", "gunning", "beaten",
        "burn", "crush", "hacked", "bludgeon", "strangl", "trampl", "choked"};
    private static final String[] STEMS;
    /** {@link #STEMS} as char arrays. */
    private static final char[][] STEM_CHARS;
    /** Stem ids by their first two chars ({@code first * 128 + second}); every stem has at least two, all ASCII. */
    private static final int[][] BY_PAIR = new int[128 * 128][];
    /** The first three letters of every stem as bits, a..z as 0..25: bit (first * 26 + second) * 26 + third. */
    private static final long[] TRIPLES = new long[(26 * 26 * 26 + 63) / 64];
    private static final int[][] RULE_STEMS;
    private static final int SHOT;
    private static final int FATALLY;

    static {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String stem : CUE_STEMS) {
            ids.putIfAbsent(stem, ids.size());
        }
        ids.putIfAbsent("fatally", ids.size());
        List<CasualtyPatterns.Rule> rules = CasualtyPatterns.RULES;
        RULE_STEMS = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            String[] stems = rules.get(r).stems();
            RULE_STEMS[r] = new int[stems.length];
            for (int i = 0; i < stems.length; i++) {
                ids.putIfAbsent(stems[i], ids.size());
                RULE_STEMS[r][i] = ids.get(stems[i]);
            }
        }
        STEMS = ids.keySet().toArray(new String[0]);
        STEM_CHARS = new char[STEMS.length][];
        for (int id = 0; id < STEMS.length; id++) {
            STEM_CHARS[id] = STEMS[id].toCharArray();
        }
        for (int id = 0; id < STEMS.length; id++) {
            if (!STEMS[id].matches("[a-z]{3,}")) {
                throw new IllegalStateException("not a lower-case word of three letters or more: " + STEMS[id]);
            }
            int pair = STEMS[id].charAt(0) * 128 + STEMS[id].charAt(1);
            int[] old = BY_PAIR[pair];
            int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = id;
            BY_PAIR[pair] = grown;
            String stem = STEMS[id];
            int triple = ((stem.charAt(0) - 'a') * 26 + stem.charAt(1) - 'a') * 26 + stem.charAt(2) - 'a';
            TRIPLES[triple >>> 6] |= 1L << triple;
        }
        SHOT = ids.get("shot");
        FATALLY = ids.get("fatally");
    }

    private final int[] last = filled(STEMS.length);
    private final int[] first = filled(STEMS.length);
    /** The stems found in the sentence, each once: only their entries of {@link #first} and {@link #last} are set. */
    private final int[] seen = new int[STEMS.length];
    private int seenCount;

    /** Notes where each stem first and last occurs in the first {@code length} folded chars. */
    void scan(char[] chars, int length) {
        for (int i = 0; i < seenCount; i++) {
            last[seen[i]] = -1;
            first[seen[i]] = -1;
        }
        seenCount = 0;
        for (int s = 0; s + 2 < length; s++) {
            int c = chars[s] - 'a';
            int d = chars[s + 1] - 'a';
            int e = chars[s + 2] - 'a';
            if ((c | d | e) >= 0 && c < 26 && d < 26 && e < 26) {
                int triple = (c * 26 + d) * 26 + e;
                if ((TRIPLES[triple >>> 6] & (1L << triple)) == 0) {
                    continue;
                }
                for (int id : BY_PAIR[chars[s] * 128 + chars[s + 1]]) {
                    if (startsWith(chars, length, s, STEM_CHARS[id])) {
                        last[id] = s;
                        if (first[id] < 0) {
                            first[id] = s;
                            seen[seenCount++] = id;
                        }
                    }
                }
            }
        }
    }

    /** Whether the first {@code length} chars hold the stem at {@code s}, whose first two chars are known to. */
    private static boolean startsWith(char[] chars, int length, int s, char[] stem) {
        if (s + stem.length > length) {
            return false;
        }
        for (int i = 2; i < stem.length; i++) {
            if (chars[s + i] != stem[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] filled(int length) {
        int[] positions = new int[length];
        Arrays.fill(positions, -1);
        return positions;
    }

    /** The first position of any cue stem, or -1 for none. */
    int firstCue() {
        int from = -1;
        for (int id = 0; id < CUE_STEMS.length; id++) {
            if (first[id] >= 0 && (from < 0 || first[id] < from)) {
                from = first[id];
            }
        }
        return from;
    }

    /** The last position of any of rule {@code r}'s stems (for -1: of "shot", if "fatally" occurs), or -1. */
    int limit(int r) {
        if (r < 0) {
            return first[FATALLY] < 0 ? -1 : last[SHOT];
        }
        int limit = -1;
        for (int id : RULE_STEMS[r]) {
            limit = Math.max(limit, last[id]);
        }
        return limit;
    }
}
