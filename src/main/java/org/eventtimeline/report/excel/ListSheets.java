package org.eventtimeline.report.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.SkippedItem;

/**
 * Reads the aggregated actors and places and the skipped items; produces the Actors, Locations and Skipped sheets,
 * each a header (frozen, filtered) and one row per entry.
 */
final class ListSheets {

    static final String ACTORS = "Actors";
    static final String LOCATIONS = "Locations";
    static final String SKIPPED = "Skipped";

    static final List<String> ACTOR_HEADER = List.of("actor", "events", "first_date", "last_date");
    static final List<String> LOCATION_HEADER = List.of("location", "country", "events", "first_date", "last_date");
    static final List<String> SKIPPED_HEADER = List.of("file", "line", "reason");
    private static final int REASON_CAP = 100;

    private final Map<Style, CellStyle> styles;

    ListSheets(Map<Style, CellStyle> styles) {
        this.styles = styles;
    }

    /** One row per distinct actor name: its number of events, first and last dates. */
    void actors(Sheet sheet, List<TimelineStats.Tally> actors) {
        SheetWriter out = new SheetWriter(sheet, styles, ACTOR_HEADER.size());
        out.header(0, ACTOR_HEADER);
        int rowIndex = 0;
        for (TimelineStats.Tally tally : actors) {
            Row row = out.row(++rowIndex);
            out.text(row, 0, tally.name());
            out.integer(row, 1, tally.events(), false);
            span(out, row, 2, tally.span());
        }
        out.freezeAndFilter(0, rowIndex, ACTOR_HEADER.size());
        out.fitColumns(SheetWriter.DEFAULT_CAP);
    }

    /** One row per distinct place and country: its number of events, first and last dates. */
    void locations(Sheet sheet, List<TimelineStats.Tally> places) {
        SheetWriter out = new SheetWriter(sheet, styles, LOCATION_HEADER.size());
        out.header(0, LOCATION_HEADER);
        int rowIndex = 0;
        for (TimelineStats.Tally tally : places) {
            Row row = out.row(++rowIndex);
            out.text(row, 0, tally.name());
            out.text(row, 1, tally.country());
            out.integer(row, 2, tally.events(), false);
            span(out, row, 3, tally.span());
        }
        out.freezeAndFilter(0, rowIndex, LOCATION_HEADER.size());
        out.fitColumns(SheetWriter.DEFAULT_CAP);
    }

    /** One row per skipped item: file, line and reason; only the header when there are none. */
    void skipped(Sheet sheet, List<SkippedItem> skipped) {
        SheetWriter out = new SheetWriter(sheet, styles, SKIPPED_HEADER.size());
        out.header(0, SKIPPED_HEADER);
        int rowIndex = 0;
        for (SkippedItem item : skipped) {
            Row row = out.row(++rowIndex);
            out.text(row, 0, item.source());
            out.integer(row, 1, item.line(), false);
            out.wrapped(row, 2, item.reason());
        }
        out.freezeAndFilter(0, rowIndex, SKIPPED_HEADER.size());
        out.fitColumns(SheetWriter.DEFAULT_CAP);
        out.fitColumn(2, REASON_CAP);
    }

    private static void span(SheetWriter out, Row row, int col, DateSpan span) {
        DateValue first = span.first();
        DateValue last = span.last();
        if (first != null) {
            out.date(row, col, first.start(), first.precision());
        }
        if (last != null) {
            out.date(row, col + 1, DateSpan.lastDay(last), last.precision());
        }
    }
}
