package org.eventtimeline.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DateValue;
import org.eventtimeline.extract.AnchoredScan;
import org.eventtimeline.extract.AsciiWords;
import org.eventtimeline.extract.CandidateScan;

/**
 * Reads dates that name a day ("March 5, 2024", "Tuesday, 5 March", "Mar. 5", "March 3-5", "2024-03-05",
 * "3/5/2024") and produces DAY values; a missing year comes from {@link YearInference} by the clause tense.
 */
public final class CalendarDateFinder implements DateFinder {

    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(?<y>(?:1[89]|20)\\d{2})(?![\\d,]\\d|s\\b))?";
    private static final String GUARD = "(?!\\d|[:.]\\d)" + CountNouns.NOT_FOLLOWED;
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY + "(?<m>" + MonthNames.PATTERN + ")\\s+"
            + "(?<d1>\\d{1,2})" + ORD + "(?:\\s*(?:-|–|to|through|and)\\s*(?<d2>\\d{1,2})" + ORD + ")?"
            + "(?:" + YEAR + GUARD + ")");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d,.$])" + WEEKDAY + "(?:the\\s+)?"
            + "\\b(?<d1>\\d{1,2})" + ORD + "(?:\\s*(?:-|–)\\s*(?<d2>\\d{1,2})" + ORD + ")?\\s+(?:of\\s+)?"
            + "(?<m>" + MonthNames.PATTERN + ")" + YEAR);
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})"
            + "(?![\\d/])");

    @Override
    public void find(DateContext context, List<DateCandidate> out) {
        int[] months = context.monthPositions();
        if (months.length > 0) {
            named(MONTH_DAY, context, months, out);
            named(DAY_MONTH, context, months, out);
        }
        if (!IsoDates.mayOccur(context.text())) {
            slashed(context, out);
            return;
        }
        Matcher iso = ISO.matcher(context.text());
        while (iso.find()) {
            add(out, iso, iso.group(1), iso.group(2), iso.group(3));
        }
        slashed(context, out);
    }

    private static void slashed(DateContext context, List<DateCandidate> out) {
        if (context.text().indexOf('/') < 0) {
            return;
        }
        Matcher slashed = SLASHED.matcher(context.text());
        while (slashed.find()) {
            int first = Integer.parseInt(slashed.group(1));
            String year = slashed.group(3);
            if (year.length() == 2) {
                int yy = Integer.parseInt(year);
                year = String.valueOf(yy <= context.reference().getYear() % 100 + 1 ? 2000 + yy : 1900 + yy);
            }
            // US order (month/day) unless the first number cannot be a month.
            boolean dayFirst = first > 12;
            add(out, slashed, year, dayFirst ? slashed.group(2) : slashed.group(1),
                    dayFirst ? slashed.group(1) : slashed.group(2));
        }
    }

    /** Both patterns hold at most seven words ("Tuesday, the 5th - 7th of") before the month name. */
    private static final int ANCHOR_TOKENS = 10;

    /** A match begins at a weekday, at its month name, or (day first) at "the" or a day number. */
    private static final AsciiWords WEEKDAYS = new AsciiWords("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private static void named(Pattern pattern, DateContext context, int[] months, List<DateCandidate> out) {
        String text = context.text();
        // both start at a weekday, a month, "the" or a day number
        boolean dayFirst = pattern == DAY_MONTH;
        AnchoredScan scan = context.anchoredScan(pattern, months, ANCHOR_TOKENS).startingWhere(dayFirst
                ? s -> MatchStarts.dayFirst(text, s)
                : s -> java.util.Arrays.binarySearch(months, s) >= 0 || WEEKDAYS.startAt(text, s));
        while (scan.find()) {
            Matcher m = scan.matcher();
            int month = MonthNames.monthOf(m.group("m"));
            int day = Integer.parseInt(m.group("d1"));
            if (day < 1 || day > 31) {
                continue;
            }
            int year = m.group("y") != null ? Integer.parseInt(m.group("y"))
                    : YearInference.yearOf(month, day, context.reference(), context.tenseAt(m.start(), m.end()));
            try {
                DateValue value = DateValue.day(LocalDate.of(year, month, day));
                if (m.group("d2") != null) {
                    int endDay = Integer.parseInt(m.group("d2"));
                    if (endDay > day) {
                        value = value.withEnd(LocalDate.of(year, month, endDay));
                    }
                }
                out.add(new DateCandidate(m.start(), m.end(), value));
            } catch (DateTimeException invalid) {
                // e.g. "February 30": not a date
            }
        }
    }

    private static void add(List<DateCandidate> out, Matcher m, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() >= 1900 && date.getYear() <= 2100) {
                out.add(new DateCandidate(m.start(), m.end(), DateValue.day(date)));
            }
        } catch (DateTimeException invalid) {
            // not a calendar date
        }
    }
}
