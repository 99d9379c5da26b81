package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case-folded text at one index and tells which of up to 32 stem lists (lower-case ASCII stems) has a stem
 * starting there, as a bit set: bit {@code i} for list {@code i}.
 */
final class StemTable {

    /** Per ASCII first letter: the stems that start with it, and per stem the lists that hold it. */
    private final String[][] stems = new String[128][];
    private final int[][] lists = new int[128][];

    StemTable(List<String[]> stemLists) {
        List<List<String>> byFirst = new ArrayList<>();
        List<List<Integer>> masks = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
            masks.add(new ArrayList<>());
        }
        for (int list = 0; list < stemLists.size(); list++) {
            for (String stem : stemLists.get(list)) {
                List<String> same = byFirst.get(stem.charAt(0));
                int at = same.indexOf(stem);
                if (at < 0) {
                    same.add(stem);
                    masks.get(stem.charAt(0)).add(1 << list);
                } else {
                    masks.get(stem.charAt(0)).set(at, masks.get(stem.charAt(0)).get(at) | 1 << list);
                }
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!byFirst.get(c).isEmpty()) {
                stems[c] = byFirst.get(c).toArray(String[]::new);
                lists[c] = masks.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** The lists with a stem that starts at {@code at} of the folded text; 0 for none. */
    int listsAt(String folded, int at) {
        char c = folded.charAt(at);
        if (c >= 128 || stems[c] == null) {
            return 0;
        }
        String[] candidates = stems[c];
        int found = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (folded.startsWith(candidates[i], at)) {
                found |= lists[c][i];
            }
        }
        return found;
    }
}
