package org.eventtimeline.extract.assemble;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

import org.eventtimeline.domain.DateValue;

import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.Sentence;

/**
 * Reads a paragraph's date mentions and picks the event's date: the main sentence's own event date, else another
 * event date of the paragraph, else the date of the report ("said on Tuesday"); empty when the text has none. An
 * event date that only spans the report date ("this year ... said on Monday") yields to it.
 */
public final class EventDateSelector {

    public Optional<DateMention> select(ParagraphView view, Sentence main) {
        List<DateMention> dates = view.dates();
        DateMention report = null;
        DateMention first = null;
        for (DateMention d : dates) { // the first least of each kind, as Stream.min keeps it
            if (d.reporting()) {
                report = report == null || compare(d, report, main) < 0 ? d : report;
            } else {
                first = first == null || compare(d, first, main) < 0 ? d : first;
            }
        }
        DateMention event = first == null ? null : finest(first, dates);
        if (event != null && !(report != null && covers(event, report))) {
            return Optional.of(event);
        }
        return Optional.ofNullable(report != null ? report : event);
    }

    /** The main sentence's dates first, then by sentence, then by start. */
    private static int compare(DateMention a, DateMention b, Sentence main) {
        int c = Integer.compare(a.sentence() == main.index() ? 0 : 1, b.sentence() == main.index() ? 0 : 1);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.sentence(), b.sentence());
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    }

    /** A more specific event date of the same sentence inside the chosen one ("this week ... on Wednesday"). */
    private static DateMention finest(DateMention chosen, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (!d.reporting() && d.sentence() == chosen.sentence() && d != chosen && covers(chosen, d)) {
                return d;
            }
        }
        return chosen;
    }

    /**
     * Whether a coarse date or range holds a more specific one: "since the start of the year" holds the Monday
     * the statement was made, which then dates the event better.
     */
    static boolean covers(DateMention outer, DateMention inner) {
        DateValue o = outer.value();
        DateValue i = inner.value();
        if (rank(i) >= rank(o) && !(o.end() != null && i.end() == null)) {
            return false;
        }
        LocalDate from = o.start();
        LocalDate to = end(o);
        return !i.start().isBefore(from) && !end(i).isAfter(to);
    }

    private static int rank(DateValue value) {
        int base = switch (value.precision()) {
            case DAY, REPORTED -> 0;
            case MONTH -> 2;
            case YEAR -> 4;
        };
        return base + (value.end() != null ? 1 : 0);
    }

    private static LocalDate end(DateValue value) {
        LocalDate last = value.end() != null ? value.end() : value.start();
        return switch (value.precision()) {
            case DAY, REPORTED -> last;
            case MONTH -> last.withDayOfMonth(last.lengthOfMonth());
            case YEAR -> last.withDayOfYear(last.lengthOfYear());
        };
    }
}
