package org.eventtimeline.extract.casualties;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads people phrases and produces their {@link NounPhrases#count counts}, remembering up to {@link #CAPACITY}
 * of them (news repeats "two people", "a man"); not thread-safe, one per thread.
 */
public final class CountMemo {

    /** How many phrases are remembered before the memo starts afresh. */
    static final int CAPACITY = 4096;

    private final Map<String, Optional<Figure>> counts = new HashMap<>();

    /** The number of people the phrase names, as {@link NounPhrases#count} gives it, or null. */
    public Figure count(String phrase) {
        Optional<Figure> known = counts.get(phrase);
        if (known == null) {
            if (counts.size() >= CAPACITY) {
                counts.clear();
            }
            known = Optional.ofNullable(NounPhrases.count(phrase));
            counts.put(phrase, known);
        }
        return known.orElse(null);
    }

    /** How many phrases are remembered now. */
    int size() {
        return counts.size();
    }
}
