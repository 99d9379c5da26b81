package org.eventtimeline.report.excel;

import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.report.csv.EventCsvRow;

/**
 * Reads events in report order and produces the Timeline sheet: the events.csv columns, one row per event, with
 * real date cells formatted to their precision, numeric casualty cells (non-zero ones highlighted), a frozen
 * header, an autofilter and computed column widths; evidence wraps within a capped width.
 */
final class TimelineSheet {

    static final String NAME = "Timeline";
    static final int EVIDENCE_CAP = 80;
    static final int COLUMNS = EventCsvRow.HEADER.size();

    private static final int EVENT_ID = 0;
    private static final int EVENT_DATE = 1;
    private static final int END_DATE = 2;
    private static final int PRECISION = 3;
    private static final int DATE_TEXT = 4;
    private static final int TYPE = 5;
    private static final int ACTORS = 6;
    private static final int LOCATIONS = 7;
    private static final int COUNTRY = 8;
    private static final int KILLED = 9;
    private static final int INJURED = 10;
    private static final int MISSING = 11;
    private static final int ABDUCTED = 12;
    private static final int CASUALTY_TEXT = 13;
    private static final int SOURCE = 14;
    private static final int ARTICLE_ID = 15;
    private static final int LINE = 16;
    private static final int EVIDENCE = 17;
    private static final int CONFIDENCE = 18;
    private static final int ARRESTED = 19;

    private final SheetWriter out;

    TimelineSheet(Sheet sheet, Map<Style, CellStyle> styles) {
        this.out = new SheetWriter(sheet, styles, COLUMNS);
    }

    /** Writes the header and one row per event, feeding each event to {@code stats}. */
    void write(Iterable<EventRecord> events, TimelineStats stats) {
        out.header(0, EventCsvRow.HEADER);
        int rowIndex = 0;
        for (EventRecord event : events) {
            writeRow(out.row(++rowIndex), event);
            stats.add(event);
        }
        out.freezeAndFilter(0, rowIndex, COLUMNS);
        out.fitColumns(SheetWriter.DEFAULT_CAP);
        out.fitColumn(EVIDENCE, EVIDENCE_CAP);
    }

    private void writeRow(Row row, EventRecord event) {
        Casualties c = event.casualties() == null ? Casualties.NONE : event.casualties();
        DateValue date = event.date();
        out.text(row, EVENT_ID, event.eventId());
        if (date != null) {
            out.date(row, EVENT_DATE, date.start(), date.precision());
            out.date(row, END_DATE, date.end(), date.precision());
            out.text(row, PRECISION, date.precision().name());
        }
        out.text(row, DATE_TEXT, event.dateText());
        out.text(row, TYPE, event.type() == null ? null : event.type().name());
        out.text(row, ACTORS, EventCsvRow.actorNames(event.actors()));
        out.text(row, LOCATIONS, EventCsvRow.placeNames(event.locations()));
        out.text(row, COUNTRY, event.country());
        out.integer(row, KILLED, c.killed(), true);
        out.integer(row, INJURED, c.injured(), true);
        out.integer(row, MISSING, c.missing(), true);
        out.integer(row, ABDUCTED, c.abducted(), true);
        out.text(row, CASUALTY_TEXT, c.text());
        out.text(row, SOURCE, event.source());
        out.text(row, ARTICLE_ID, event.articleId());
        out.integer(row, LINE, event.line(), false);
        out.wrapped(row, EVIDENCE, event.evidence());
        out.decimal(row, CONFIDENCE, event.confidence());
        out.integer(row, ARRESTED, c.arrested(), true);
    }
}
