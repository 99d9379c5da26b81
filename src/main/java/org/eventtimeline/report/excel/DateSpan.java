package org.eventtimeline.report.excel;

import java.time.LocalDate;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.DateValue;

/**
 * Reads the dates of events one at a time and produces the first and last of them; dated events win over
 * REPORTED ones, which count only when there are no others. {@code last} is the latest day a date reaches.
 */
final class DateSpan {

    private DateValue firstDated;
    private DateValue lastDated;
    private DateValue firstReported;
    private DateValue lastReported;

    void add(DateValue date) {
        if (date == null) {
            return;
        }
        if (date.precision() == DatePrecision.REPORTED) {
            firstReported = earlier(firstReported, date);
            lastReported = later(lastReported, date);
        } else {
            firstDated = earlier(firstDated, date);
            lastDated = later(lastDated, date);
        }
    }

    /** The earliest date, or null when none was added. */
    DateValue first() {
        return firstDated != null ? firstDated : firstReported;
    }

    /** The date reaching furthest, or null when none was added; read its day with {@link #lastDay}. */
    DateValue last() {
        return lastDated != null ? lastDated : lastReported;
    }

    /** The last day of a date: the end of a range, else its start. */
    static LocalDate lastDay(DateValue date) {
        return date.end() != null ? date.end() : date.start();
    }

    private static DateValue earlier(DateValue current, DateValue candidate) {
        return current == null || candidate.start().isBefore(current.start()) ? candidate : current;
    }

    private static DateValue later(DateValue current, DateValue candidate) {
        return current == null || lastDay(candidate).isAfter(lastDay(current)) ? candidate : current;
    }
}
