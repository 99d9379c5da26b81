package org.eventtimeline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date as precise as the text allows, optionally the end of a range.
 * {@code start} is the first day of the period (e.g. 2024-03-01 for "March 2024").
 */
public record DateValue(LocalDate start, DatePrecision precision, LocalDate end) {

    public DateValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
    }

    public static DateValue day(LocalDate date) {
        return new DateValue(date, DatePrecision.DAY, null);
    }

    public static DateValue month(int year, int month) {
        return new DateValue(LocalDate.of(year, month, 1), DatePrecision.MONTH, null);
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), DatePrecision.YEAR, null);
    }

    public static DateValue reported(LocalDate referenceDate) {
        return new DateValue(referenceDate, DatePrecision.REPORTED, null);
    }

    public DateValue withEnd(LocalDate endDate) {
        return new DateValue(start, precision, endDate);
    }

    /** ISO text of the start: YYYY-MM-DD, YYYY-MM or YYYY by precision. */
    public String isoStart() {
        return format(start);
    }

    /** ISO text of the end of a range, or an empty string when this is no range. */
    public String isoEnd() {
        return end == null ? "" : format(end);
    }

    private String format(LocalDate date) {
        return switch (precision) {
            case DAY, REPORTED -> date.toString();
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case YEAR -> String.format("%04d", date.getYear());
        };
    }
}
