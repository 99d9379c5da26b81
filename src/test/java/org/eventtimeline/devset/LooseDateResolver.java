package org.eventtimeline.devset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.DateValue;

/**
 * Resolves a gold "when" phrase loosely against an article's publish date, for evaluation only: explicit dates
 * ("November 8, 2016", "8 Nov"), a year, weekdays (the last one on or before the publish date), "yesterday",
 * "today" and times of day (the publish date). Anything else ("end of the season") stays unresolved.
 */
final class LooseDateResolver {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s*(\\d{1,2})?(?:st|nd|rd|th)?\\b(?:,?\\s*((?:19|20)\\d{2}))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s*((?:19|20)\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(today|tonight|this (?:morning|afternoon|evening)|noon|midnight)\\b"
                    + "|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Pattern DAY_BEFORE = Pattern.compile("\\b(yesterday|last night)\\b");
    private static final Pattern DAY_AFTER = Pattern.compile("\\btomorrow\\b");
    private static final List<String> MONTH_PREFIXES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private LooseDateResolver() {
    }

    static Optional<DateValue> resolve(String phrase, LocalDate published) {
        String text = phrase.toLowerCase(Locale.ROOT);
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            return Optional.of(date(dayMonth.group(3), dayMonth.group(2), dayMonth.group(1), published));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            return Optional.of(date(monthDay.group(3), monthDay.group(1), monthDay.group(2), published));
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            return Optional.of(DateValue.year(Integer.parseInt(year.group(1))));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.contains(day.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(DateValue.day(published.with(TemporalAdjusters.previousOrSame(day))));
            }
        }
        if (DAY_BEFORE.matcher(text).find()) {
            return Optional.of(DateValue.day(published.minusDays(1)));
        }
        if (DAY_AFTER.matcher(text).find()) {
            return Optional.of(DateValue.day(published.plusDays(1)));
        }
        if (SAME_DAY.matcher(text).find()) {
            return Optional.of(DateValue.day(published));
        }
        return Optional.empty();
    }

    /** True when both dates agree at the coarser of their precisions (a reported date counts as a day). */
    static boolean agree(DateValue predicted, DateValue gold) {
        DatePrecision coarser = rank(predicted.precision()) < rank(gold.precision())
                ? predicted.precision() : gold.precision();
        LocalDate a = predicted.start();
        LocalDate b = gold.start();
        return switch (coarser) {
            case YEAR -> a.getYear() == b.getYear();
            case MONTH -> a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
            case DAY, REPORTED -> a.equals(b);
        };
    }

    private static int rank(DatePrecision precision) {
        return switch (precision) {
            case YEAR -> 0;
            case MONTH -> 1;
            case DAY, REPORTED -> 2;
        };
    }

    private static DateValue date(String year, String month, String day, LocalDate published) {
        int y = year == null ? published.getYear() : Integer.parseInt(year);
        int m = MONTH_PREFIXES.indexOf(month.substring(0, 3)) + 1;
        if (day == null) {
            return DateValue.month(y, m);
        }
        int d = Integer.parseInt(day);
        LocalDate first = LocalDate.of(y, m, 1);
        return d >= 1 && d <= first.lengthOfMonth() ? DateValue.day(first.withDayOfMonth(d)) : DateValue.month(y, m);
    }
}
