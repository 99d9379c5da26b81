package org.eventtimeline.extract.casualties;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads people phrases and produces what {@link NounPhrases} tells of them (count, bare number, share of a group),
 * remembering up to {@link #CAPACITY} phrases (news repeats "two people", "a man"); not thread-safe, one per thread.
 */
public final class PhraseMemo {

    /** How many phrases are remembered before the memo starts afresh. */
    static final int CAPACITY = 4096;

    /** What is known of one phrase; the two flags are read on first use (null until then). */
    private static final class Facts {
        private final Figure count;
        private Boolean bare;
        private Boolean share;

        private Facts(Figure count) {
            this.count = count;
        }
    }

    private final Map<String, Facts> phrases = new HashMap<>();

    /** The number of people the phrase names, as {@link NounPhrases#count} gives it, or null. */
    public Figure count(String phrase) {
        return facts(phrase).count;
    }

    /** {@link NounPhrases#isBare} of the phrase. */
    public boolean isBare(String phrase) {
        Facts facts = facts(phrase);
        if (facts.bare == null) {
            facts.bare = NounPhrases.isBare(phrase);
        }
        return facts.bare;
    }

    /** {@link NounPhrases#isShare} of the phrase. */
    public boolean isShare(String phrase) {
        Facts facts = facts(phrase);
        if (facts.share == null) {
            facts.share = NounPhrases.isShare(phrase);
        }
        return facts.share;
    }

    private Facts facts(String phrase) {
        Facts facts = phrases.get(phrase);
        if (facts == null) {
            if (phrases.size() >= CAPACITY) {
                phrases.clear();
            }
            facts = new Facts(NounPhrases.count(phrase));
            phrases.put(phrase, facts);
        }
        return facts;
    }

    /** How many phrases are remembered now. */
    int size() {
        return phrases.size();
    }
}
