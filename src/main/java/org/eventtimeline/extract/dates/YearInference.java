package org.eventtimeline.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eventtimeline.extract.Tense;

/**
 * Reads a month (and day) written without a year, the reference date and the clause tense, and picks the year:
 * a past clause never lands after the reference date (beyond a two-day slack for late-filed reports), a future
 * clause never lands before it, and a present clause takes the occurrence within six months of it.
 */
public final class YearInference {

    private static final int SLACK_DAYS = 2;

    private YearInference() {
    }

    /** The year of {@code month}/{@code day} (day 0 = the whole month) as seen from {@code reference}. */
    public static int yearOf(int month, int day, LocalDate reference, Tense tense) {
        int year = reference.getYear();
        LocalDate first = firstDay(year, month, day);
        LocalDate last = day > 0 ? first : YearMonth.of(year, month).atEndOfMonth();
        return switch (tense) {
            case PAST -> first.isAfter(reference.plusDays(SLACK_DAYS)) ? year - 1 : year;
            case FUTURE -> last.isBefore(reference.minusDays(SLACK_DAYS)) ? year + 1 : year;
            case PRESENT -> {
                if (first.isAfter(reference.plusMonths(6))) {
                    yield year - 1;
                }
                yield last.isBefore(reference.minusMonths(6)) ? year + 1 : year;
            }
        };
    }

    /** Like {@link #yearOf} for "last March" / "next March": the nearest occurrence strictly before / after. */
    public static int yearOfShifted(int month, LocalDate reference, boolean next) {
        int year = reference.getYear();
        int ref = reference.getMonthValue();
        if (next) {
            return month > ref ? year : year + 1;
        }
        return month < ref ? year : year - 1;
    }

    private static LocalDate firstDay(int year, int month, int day) {
        if (day <= 0) {
            return LocalDate.of(year, month, 1);
        }
        return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }
}
