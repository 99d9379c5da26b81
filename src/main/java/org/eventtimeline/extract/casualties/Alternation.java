package org.eventtimeline.extract.casualties;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a regex alternation of words ({@code "man|men|woman"}) and produces an equivalent one with shared leading
 * chars factored out ({@code "(?:m(?:an|en)|woman)"}), so a backtracking matcher tests each leading char once instead
 * of once per word. Alternatives are tried in the same order wherever two of them can both match, so every match,
 * and every group of the enclosing pattern, stays the same.
 */
public final class Alternation {

    /** The key of an alternative that has ended, and of one that is not a plain word (kept as written). */
    private static final String END = "";
    private static final String SPACES = "\\s+";

    private Alternation() {
    }

    /**
     * The alternation with shared prefixes factored out. Only alternatives made of lower-case ASCII letters,
     * {@code '}, {@code -} and inner {@code \s+} are factored; any other stays whole, in its place.
     */
    public static String factor(String alternation) {
        List<Object> alternatives = new ArrayList<>();
        for (String alternative : topLevel(alternation)) {
            List<String> atoms = atoms(alternative);
            alternatives.add(atoms == null ? alternative : atoms);
        }
        return render(alternatives);
    }

    @SuppressWarnings("unchecked")
    private static String render(List<Object> alternatives) {
        List<String> keys = new ArrayList<>();
        List<List<Object>> members = new ArrayList<>();
        for (Object alternative : alternatives) {
            String key = alternative instanceof String ? null
                    : ((List<String>) alternative).isEmpty() ? END : ((List<String>) alternative).get(0);
            int group = key == null ? -1 : groupFor(keys, key);
            if (group < 0) {
                keys.add(key);
                members.add(new ArrayList<>());
                group = keys.size() - 1;
            }
            members.get(group).add(alternative);
        }
        List<String> rendered = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            String key = keys.get(g);
            if (key == null) {
                rendered.add((String) members.get(g).get(0));
            } else if (key.equals(END)) {
                rendered.add("");
            } else {
                List<Object> rests = new ArrayList<>();
                for (Object member : members.get(g)) {
                    List<String> atoms = (List<String>) member;
                    rests.add(atoms.subList(1, atoms.size()));
                }
                rendered.add(key + (rests.size() == 1 ? String.join("", (List<String>) rests.get(0)) : render(rests)));
            }
        }
        return rendered.size() == 1 ? rendered.get(0) : "(?:" + String.join("|", rendered) + ")";
    }

    /**
     * The last group with this key, when every later group's key excludes it (no text matches both); else -1.
     * Joining that group moves the alternative only past alternatives that cannot match where it does.
     */
    private static int groupFor(List<String> keys, String key) {
        for (int g = keys.size() - 1; g >= 0; g--) {
            String other = keys.get(g);
            if (key.equals(other)) {
                return key.equals(END) ? -1 : g;
            }
            if (other == null || other.equals(END) || key.equals(END)) {
                return -1;
            }
        }
        return -1;
    }

    /** The word's atoms (single chars and {@code \s+}), or null when it is not a plain word. */
    private static List<String> atoms(String alternative) {
        List<String> atoms = new ArrayList<>();
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (alternative.startsWith(SPACES, i) && i > 0) {
                atoms.add(SPACES);
                i += SPACES.length() - 1;
            } else if ((c >= 'a' && c <= 'z') || c == '\'' || c == '-') {
                atoms.add(String.valueOf(c));
            } else {
                return null;
            }
        }
        boolean plain = !atoms.isEmpty() && !atoms.get(atoms.size() - 1).equals(SPACES);
        return plain ? atoms : null;
    }

    /** The alternatives of the alternation, split at the bars outside parentheses and classes. */
    static List<String> topLevel(String alternation) {
        List<String> parts = new ArrayList<>();
        int[] depths = groupDepths(alternation);
        int start = 0;
        for (int i = 0; i < alternation.length(); i++) {
            if (alternation.charAt(i) == '|' && depths[i] == 0) {
                parts.add(alternation.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(alternation.substring(start));
        return parts;
    }

    /** The index of the parenthesis closing the group that opens the regex, or -1. */
    static int closing(String regex) {
        int[] depths = groupDepths(regex);
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depths[i] == 1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each char of a regex, how many groups are open before it, or -1 for a char that is escaped, an escape or
     * part of a character class (none of which can open, close or split a group).
     */
    static int[] groupDepths(String regex) {
        int[] depths = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                depths[i] = -1;
                if (i + 1 < regex.length()) {
                    depths[++i] = -1;
                }
            } else if (inClass || c == '[') {
                depths[i] = -1;
                inClass = inClass ? c != ']' : true;
            } else {
                depths[i] = depth;
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
        }
        return depths;
    }
}
