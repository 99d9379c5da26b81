package org.eventtimeline.report;

import java.time.LocalDate;
import java.util.Comparator;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.EventRecord;

/**
 * Reads event records and produces their report order: dated events by start date (a coarser precision after a
 * finer one on the same start), then REPORTED (undated) ones, then events without a date; ties by source, line, id.
 */
public final class EventOrder {

    /** The report order of events. */
    public static final Comparator<EventRecord> REPORT_ORDER = Comparator
            .comparing(EventOrder::isUndated)
            .thenComparing(EventOrder::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventOrder::precision, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventRecord::source, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(EventRecord::line)
            .thenComparing(EventRecord::eventId, Comparator.nullsLast(Comparator.naturalOrder()));

    private EventOrder() {
    }

    /** True for events whose date is only the reference date (REPORTED) or missing. */
    public static boolean isUndated(EventRecord event) {
        return event.date() == null || event.date().precision() == DatePrecision.REPORTED;
    }

    private static LocalDate start(EventRecord event) {
        return event.date() == null ? null : event.date().start();
    }

    private static DatePrecision precision(EventRecord event) {
        return event.date() == null ? null : event.date().precision();
    }
}
