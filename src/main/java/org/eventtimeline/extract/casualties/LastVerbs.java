package org.eventtimeline.extract.casualties;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence and produces, for a passive rule, the last position up to a bound where its verb alternation
 * matches after a space (its pattern holds {@code \s+(?<verb>...)\b} after its people), trying the verbs only at
 * their {@link FirstLetters first letters}; one per thread.
 */
final class LastVerbs {

    /** The letters each passive rule's verbs may begin with; null for the other rules. */
    private static final boolean[][] VERB_LETTERS;

    static {
        List<CasualtyPatterns.Rule> rules = CasualtyPatterns.RULES;
        VERB_LETTERS = new boolean[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            String verbs = rules.get(r).verbs();
            VERB_LETTERS[r] = verbs == null ? null : FirstLetters.of(verbs);
        }
    }

    private final Matcher[] unicodeVerbs = new Matcher[CasualtyPatterns.RULES.size()];
    private final Matcher[] plainVerbs = new Matcher[CasualtyPatterns.RULES.size()];
    private String text;
    private String folded;
    private boolean plain;

    /** Takes the next sentence, its {@link Starts#fold folded} copy and whether it is {@link PlainChars#plain}. */
    void reset(String sentence, String foldedSentence, boolean plainSentence) {
        text = sentence;
        folded = foldedSentence;
        plain = plainSentence;
    }

    /** The last position at or before {@code upTo} where passive rule {@code r}'s verbs match after a space, or -1. */
    int last(int r, int upTo) {
        Matcher[] verbs = plain ? plainVerbs : unicodeVerbs;
        if (verbs[r] == null) {
            String regex = "(?:" + CasualtyPatterns.RULES.get(r).verbs() + ")\\b";
            verbs[r] = RuleScanner.bounded(Pattern.compile((plain ? "(?i)" : "(?iU)") + regex));
        }
        Matcher verb = verbs[r].reset(text);
        boolean[] letters = VERB_LETTERS[r];
        for (int v = Math.min(upTo, text.length() - 1); v > 0; v--) {
            char c = folded.charAt(v);
            boolean mayBegin = letters == null || c >= 128 || (c >= 'a' && c <= 'z' && letters[c - 'a']);
            if (mayBegin && PeopleGate.isSpace(text.charAt(v - 1)) && verb.region(v, text.length()).lookingAt()) {
                return v;
            }
        }
        return -1;
    }
}
