package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case-folded text at one index and tells which of up to 32 stem lists (lower-case ASCII stems of two chars
 * or more) has a stem starting there, as a bit set: bit {@code i} for list {@code i}.
 */
final class StemTable {

    private static final int KEYS = 128 * 128;

    /** Per pair of ASCII first chars: the stems that start with it, and per stem the lists that hold it. */
    private final String[][] stems = new String[KEYS][];
    private final int[][] lists = new int[KEYS][];

    StemTable(List<String[]> stemLists) {
        List<List<String>> byFirst = new ArrayList<>();
        List<List<Integer>> masks = new ArrayList<>();
        for (int c = 0; c < KEYS; c++) {
            byFirst.add(new ArrayList<>());
            masks.add(new ArrayList<>());
        }
        for (int list = 0; list < stemLists.size(); list++) {
            for (String stem : stemLists.get(list)) {
                int key = key(stem.charAt(0), stem.charAt(1));
                List<String> same = byFirst.get(key);
                int at = same.indexOf(stem);
                if (at < 0) {
                    same.add(stem);
                    masks.get(key).add(1 << list);
                } else {
                    masks.get(key).set(at, masks.get(key).get(at) | 1 << list);
                }
            }
        }
        for (int c = 0; c < KEYS; c++) {
            if (!byFirst.get(c).isEmpty()) {
                stems[c] = byFirst.get(c).toArray(String[]::new);
                lists[c] = masks.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** The lists with a stem that starts at {@code at} of the folded text; 0 for none. */
    int listsAt(String folded, int at) {
        if (at + 1 >= folded.length()) {
            return 0;
        }
        char first = folded.charAt(at);
        char second = folded.charAt(at + 1);
        if (first >= 128 || second >= 128) {
            return 0;
        }
        int key = key(first, second);
        String[] candidates = stems[key];
        if (candidates == null) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (folded.startsWith(candidates[i], at)) {
                found |= lists[key][i];
            }
        }
        return found;
    }

    private static int key(char first, char second) {
        return first << 7 | second;
    }
}
