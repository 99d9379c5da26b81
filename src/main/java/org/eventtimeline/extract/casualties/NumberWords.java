package org.eventtimeline.extract.casualties;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a precise number written in digits or English words ("13", "1,200", "twenty-three", "a dozen",
 * "two hundred and five") and produces its value; vague amounts ("dozens", "hundreds", "several") have none.
 */
public final class NumberWords {

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6})";

    /**
     * A regex fragment (no capturing groups, case-insensitive use) for one precise number, not part of a larger
     * token, a decimal, a time, an age ("23-year-old") or a vague plural ("hundreds").
     */
    public static final String REGEX = regex(true);

    /**
     * {@link #REGEX} with its word lists as written: the same matches in the same order, slower to match but with a
     * quarter of the groups, so a matcher whose pattern holds it many times (inside lookaheads) resets faster.
     */
    static final String COMPACT = regex(false);

    /** The number regex; {@code factored} chooses {@link Alternation#factor factored} word lists. */
    private static String regex(boolean factored) {
        String units = factored ? Alternation.factor(UNITS) : "(?:" + UNITS + ")";
        String teens = factored ? Alternation.factor(TEENS) : "(?:" + TEENS + ")";
        String tens = factored ? Alternation.factor(TENS) : "(?:" + TENS + ")";
        String below100 = "(?:(?:" + tens + ")(?:[- ](?:" + units + "))?|" + teens + "|" + units + ")";
        String words = "(?:(?:a|" + below100 + ")\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?" + below100
                + ")?|(?:a|half\\s+a|" + below100 + ")\\s+dozen|a\\s+half-dozen|" + below100 + ")";
        return "(?<![\\w$£€.,:/'’-])(?:" + DIGITS + "|" + words + ")"
                + "(?![\\w%]|[.:,/]\\d|-\\w)"
                + "(?!\\s+(?:percent|per\\s+cent|dollars?|euros?|pounds?|yuan|rupees?|years?|months?|weeks?|days?"
                + "|hours?|minutes?|seconds?|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|inches|acres"
                + "|tons?|tonnes?|votes?|points?|times|[ap]\\.?m\\b|o'clock|million|billion|trillion)\\b)";
    }

    private static final Pattern WHOLE = Pattern.compile("(?i)" + REGEX);
    private static final Pattern TOKEN = Pattern.compile("[a-z]+");
    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberWords() {
    }

    /** The value of the whole text as a precise number, or -1 when it is not one. */
    public static int parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!WHOLE.matcher(t).matches()) {
            return -1;
        }
        if (Character.isDigit(t.charAt(0))) {
            long v = Long.parseLong(t.replace(",", ""));
            return v > Integer.MAX_VALUE ? -1 : (int) v;
        }
        if (t.startsWith("half")) {
            return 6;
        }
        if (t.equals("a half-dozen")) {
            return 6;
        }
        int total = 0;
        int current = 0;
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String w = m.group();
            switch (w) {
                case "and" -> { }
                case "dozen" -> current = Math.max(current, 1) * 12;
                case "hundred" -> current = Math.max(current, 1) * 100;
                case "thousand" -> {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                }
                default -> current += VALUES.getOrDefault(w, 0);
            }
        }
        return total + current;
    }
}
