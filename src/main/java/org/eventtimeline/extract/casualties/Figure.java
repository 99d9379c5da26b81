package org.eventtimeline.extract.casualties;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantity phrase ("more than 100", "about 45", "a dozen") and produces its count and whether the text
 * gives it as a lower bound; approximate words ("nearly", "about", "up to") keep the number without a bound.
 */
public record Figure(int count, boolean lowerBound) {

    static final String LOWER_BOUND = "at\\s+least|more\\s+than|over|upwards\\s+of|no\\s+fewer\\s+than"
            + "|no\\s+less\\s+than|in\\s+excess\\s+of|a\\s+minimum\\s+of";
    static final String APPROXIMATE = "nearly|almost|about|around|approximately|roughly|some|up\\s+to"
            + "|an\\s+estimated|as\\s+many\\s+as|close\\s+to|at\\s+most|fewer\\s+than|less\\s+than|just\\s+under"
            + "|just\\s+over|only";

    /** A regex fragment (no capturing groups) for a quantity: an optional bound word and a precise number. */
    public static final String REGEX = "(?:" + Alternation.factor(LOWER_BOUND + "|" + APPROXIMATE) + "\\s+)?"
            + NumberWords.REGEX;

    private static final Pattern PARSE = Pattern.compile(
            "(?i)^\\s*(?:(" + LOWER_BOUND + ")|(" + APPROXIMATE + "))?\\s*(.+?)\\s*$");

    /** One person, as "a man" or "the officer" counts. */
    public static final Figure ONE = new Figure(1, false);

    /** The figure of a quantity phrase, or null when it holds no precise number. */
    public static Figure parse(String quantity) {
        Matcher m = PARSE.matcher(quantity.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int n = NumberWords.parse(m.group(3));
        return n < 0 ? null : new Figure(n, m.group(1) != null);
    }

    /** The sum of two figures; a lower bound if either is one. */
    public Figure plus(Figure other) {
        return new Figure(count + other.count, lowerBound || other.lowerBound);
    }
}
