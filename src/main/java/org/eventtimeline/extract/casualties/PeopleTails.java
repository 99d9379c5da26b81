package org.eventtimeline.extract.casualties;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a sentence, a passive rule, a start and the end of the first people phrase there, and tells whether the rule
 * matches there with exactly that phrase as its {@code who}: its look-behind holds at the start and its
 * {@link CasualtyPatterns.Rule#tail tail} matches right after the phrase. A backtracking matcher tries the phrase's
 * first end first, so the rule's own pattern would find that very match; one per thread.
 */
final class PeopleTails {

    private final Matcher[] unicodeTails;
    private final Matcher[] plainTails;
    private final Matcher unicodeBefore = RuleScanner.bounded(CasualtyPatterns.NOT_AFTER_VERB_PATTERN);
    private final Matcher plainBefore = RuleScanner.bounded(CasualtyPatterns.NOT_AFTER_VERB_PLAIN);
    private String text;
    private boolean plain;
    /** Whether the look-behind matcher is set to the sentence (it is only before its first use in it). */
    private boolean beforeReady;
    /** Per rule: whether its tail matcher is set to the sentence. */
    private final boolean[] tailReady;

    PeopleTails() {
        List<CasualtyPatterns.Rule> rules = CasualtyPatterns.RULES;
        unicodeTails = new Matcher[rules.size()];
        plainTails = new Matcher[rules.size()];
        tailReady = new boolean[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).tail() != null) {
                unicodeTails[r] = RuleScanner.bounded(rules.get(r).tail());
                plainTails[r] = RuleScanner.bounded(rules.get(r).plainTail());
            }
        }
    }

    /** Takes the next sentence and whether it is {@link PlainChars#plain plain}. */
    void reset(String sentence, boolean plainSentence) {
        text = sentence;
        plain = plainSentence;
        beforeReady = false;
        java.util.Arrays.fill(tailReady, false);
    }

    /** Whether rule {@code r} has a tail. */
    static boolean hasTail(int r) {
        return r >= 0 && CasualtyPatterns.RULES.get(r).tail() != null;
    }

    /** Whether the rule's look-behind fails at {@code s}: then the rule cannot match there at all. */
    boolean blockedAt(int s) {
        Matcher before = plain ? plainBefore : unicodeBefore;
        if (!beforeReady) {
            before.reset(text);
            beforeReady = true;
        }
        return !before.region(s, text.length()).lookingAt();
    }

    /** The tail matcher of rule {@code r} if its tail matches at {@code whoEnd}, else null. */
    Matcher tailAt(int r, int whoEnd) {
        Matcher tail = plain ? plainTails[r] : unicodeTails[r];
        if (!tailReady[r]) {
            tail.reset(text);
            tailReady[r] = true;
        }
        return tail.region(whoEnd, text.length()).lookingAt() ? tail : null;
    }
}
