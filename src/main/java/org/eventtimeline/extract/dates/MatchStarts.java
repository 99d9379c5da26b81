package org.eventtimeline.extract.dates;

import org.eventtimeline.extract.AsciiWords;

/**
 * Reads a sentence and an offset and tells, from the chars there, whether a date pattern opening with a negative
 * lookbehind can start at it: the lookbehind must pass and the offset must hold one of the pattern's first words or
 * digits (ASCII case ignored where the pattern ignores it). A false answer is exact; a true one lets the pattern run.
 */
final class MatchStarts {

    /** Chars the year patterns' lookbehind {@code (?<![\d$£€#,.\-/\p{L}])} rejects, ASCII letters and digits aside. */
    private static final String NOT_BEFORE_YEAR = "$£€#,.-/";
    /** Chars the day-first pattern's lookbehind {@code (?<![\d,.$])} rejects, ASCII digits aside. */
    private static final String NOT_BEFORE_DAY = ",.$";
    private static final AsciiWords RANGE_FIRST_WORDS = new AsciiWords("from", "between");
    private static final AsciiWords SINGLE_FIRST_WORDS = new AsciiWords("early", "late", "mid", "the");
    private static final AsciiWords WEEKDAYS = new AsciiWords("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private MatchStarts() {
    }

    /** Where {@link YearFinder}'s range can start: a year's first digit, "from" or "between". */
    static boolean yearRange(String text, int s) {
        return mayFollowYearBefore(text, s) && (isYearDigit(text.charAt(s)) || RANGE_FIRST_WORDS.startAt(text, s));
    }

    /** Where {@link YearFinder}'s single year can start: a year's first digit, "early", "late", "mid" or "the". */
    static boolean yearSingle(String text, int s) {
        return mayFollowYearBefore(text, s) && (isYearDigit(text.charAt(s)) || SINGLE_FIRST_WORDS.startAt(text, s));
    }

    /** Where {@link CalendarDateFinder}'s day-first date can start: a weekday, "the" or an ASCII digit. */
    static boolean dayFirst(String text, int s) {
        if (s > 0) {
            char before = text.charAt(s - 1);
            if (isAsciiDigit(before) || NOT_BEFORE_DAY.indexOf(before) >= 0) {
                return false;
            }
        }
        char c = text.charAt(s);
        return isAsciiDigit(c) || c == 't' && text.startsWith("the", s) || WEEKDAYS.startAt(text, s);
    }

    private static boolean mayFollowYearBefore(String text, int s) {
        if (s == 0) {
            return true;
        }
        char before = text.charAt(s - 1);
        return !(isAsciiDigit(before) || before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z'
                || NOT_BEFORE_YEAR.indexOf(before) >= 0);
    }

    private static boolean isYearDigit(char c) {
        return c == '1' || c == '2';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
