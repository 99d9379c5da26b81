package org.eventtimeline.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text and produces the whole numbers it states: digits ("1,200"), number words up to the hundreds
 * ("twenty-three", "two hundred"), "a dozen", and 1 for a singular "a", "an", "one" or "was". A precision guard's yardstick.
 */
final class FiguresInText {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,]\\d)|\\d+");
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:(?<tens>twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)(?:[- ](?<unit>one|two|three|four|five|six|seven|eight|nine))?|(?<small>zero|one|two"
            + "|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen))(?:\\s+(?<scale>hundred|thousand))?\\b");
    private static final Pattern DOZEN = Pattern.compile("(?i)\\ba\\s+dozen\\b");
    private static final Pattern SINGULAR = Pattern.compile("(?i)\\b(?:a|an|one|was)\\b");

    private FiguresInText() {
    }

    static Set<Integer> of(String text) {
        Set<Integer> figures = new HashSet<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            String value = digits.group().replace(",", "");
            if (value.length() <= 9) {
                figures.add(Integer.parseInt(value));
            }
        }
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            int value;
            if (words.group("small") != null) {
                value = UNITS.indexOf(words.group("small").toLowerCase(Locale.ROOT));
            } else {
                value = 10 * TENS.indexOf(words.group("tens").toLowerCase(Locale.ROOT));
                if (words.group("unit") != null) {
                    value += UNITS.indexOf(words.group("unit").toLowerCase(Locale.ROOT));
                }
            }
            String scale = words.group("scale");
            figures.add(scale == null ? value : value * ("hundred".equalsIgnoreCase(scale) ? 100 : 1000));
        }
        if (DOZEN.matcher(text).find()) {
            figures.add(12);
        }
        if (SINGULAR.matcher(text).find()) {
            figures.add(1);
        }
        return figures;
    }
}
