package org.eventtimeline.extract.casualties;

import java.util.regex.Matcher;

/**
 * Reads the matcher(s) that found a casualty rule's match and produces its span and its named groups: either the
 * rule's whole pattern matched, or a passive rule's people phrase and then its {@link CasualtyPatterns.Rule#tail
 * tail} did (the {@code who} group is then the people phrase). Valid until the scanner's next search.
 */
public final class RuleMatch {

    private static final String WHO = "who";

    private String text;
    /** The rule's own matcher, when it found the match; null when people and tail did. */
    private Matcher whole;
    private Matcher tail;
    private int start;
    private int whoEnd;

    /** The match the rule's own matcher found. */
    void whole(String sentence, Matcher matcher) {
        text = sentence;
        whole = matcher;
        tail = null;
    }

    /** The match of people at [{@code start}, {@code whoEnd}) and of the tail matcher right after them. */
    void peopleAndTail(String sentence, int peopleStart, int peopleEnd, Matcher tailMatcher) {
        text = sentence;
        whole = null;
        tail = tailMatcher;
        start = peopleStart;
        whoEnd = peopleEnd;
    }

    public int start() {
        return whole != null ? whole.start() : start;
    }

    public int end() {
        return whole != null ? whole.end() : tail.end();
    }

    /** The whole match. */
    public String group() {
        return whole != null ? whole.group() : text.substring(start, tail.end());
    }

    public int start(String group) {
        if (whole != null) {
            return whole.start(group);
        }
        return group.equals(WHO) ? start : tail.start(group);
    }

    public int end(String group) {
        if (whole != null) {
            return whole.end(group);
        }
        return group.equals(WHO) ? whoEnd : tail.end(group);
    }

    public String group(String group) {
        if (whole != null) {
            return whole.group(group);
        }
        return group.equals(WHO) ? text.substring(start, whoEnd) : tail.group(group);
    }
}
