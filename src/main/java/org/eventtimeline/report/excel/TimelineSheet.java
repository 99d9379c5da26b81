package org.eventtimeline.report.excel;

import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Workbook;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.report.csv.EventCsvRow;

/**
 * Reads events in report order and produces the Timeline sheet: the events.csv columns, one row per event, with
 * real date cells formatted to their precision, numeric casualty cells (non-zero ones highlighted), a frozen
 * header, an autofilter and computed column widths; evidence wraps within a capped width. Past Excel's 1,048,576
 * rows a sheet, the events go on in sheets "Timeline 2", "Timeline 3" and so on, each with its own header.
 * Events come one at a time ({@link #add}) or all at once ({@link #write}); one instance per workbook.
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

    /** Event rows a sheet holds below its header: Excel's row limit less one. */
    static final int MAX_EVENT_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final Workbook workbook;
    private final Map<Style, CellStyle> styles;
    private final int rowsPerSheet;
    private SheetWriter out;
    private int sheets;
    private int rowIndex;

    TimelineSheet(Workbook workbook, Map<Style, CellStyle> styles) {
        this(workbook, styles, MAX_EVENT_ROWS);
    }

    /** {@code rowsPerSheet} event rows go on each sheet before the next one starts. */
    TimelineSheet(Workbook workbook, Map<Style, CellStyle> styles, int rowsPerSheet) {
        if (rowsPerSheet < 1 || rowsPerSheet > MAX_EVENT_ROWS) {
            throw new IllegalArgumentException("rowsPerSheet must be 1.." + MAX_EVENT_ROWS + ": " + rowsPerSheet);
        }
        this.workbook = workbook;
        this.styles = styles;
        this.rowsPerSheet = rowsPerSheet;
    }

    /** The name of the {@code number}th timeline sheet (1-based): "Timeline", then "Timeline 2" and on. */
    static String sheetName(int number) {
        return number == 1 ? NAME : NAME + " " + number;
    }

    /**
     * Creates the Timeline sheet (and continuation sheets as needed) and writes the header and one row per event,
     * feeding each event to {@code stats}; returns the number of sheets written.
     */
    int write(Iterable<EventRecord> events, TimelineStats stats) {
        for (EventRecord event : events) {
            add(event, stats);
        }
        return finish();
    }

    /** Writes the event's row (starting the sheet, or the next one, when needed) and feeds it to {@code stats}. */
    void add(EventRecord event, TimelineStats stats) {
        if (out == null) {
            out = start(sheetName(++sheets));
        } else if (rowIndex == rowsPerSheet) {
            finish(out, rowIndex);
            out = start(sheetName(++sheets));
            rowIndex = 0;
        }
        writeRow(out, out.row(++rowIndex), event);
        stats.add(event);
    }

    /** Ends the last sheet (an empty Timeline sheet when no event came); returns the number of sheets written. */
    int finish() {
        if (out == null) {
            out = start(sheetName(++sheets));
        }
        finish(out, rowIndex);
        return sheets;
    }

    private SheetWriter start(String name) {
        SheetWriter out = new SheetWriter(workbook.createSheet(name), styles, COLUMNS);
        out.header(0, EventCsvRow.HEADER);
        return out;
    }

    private static void finish(SheetWriter out, int lastRow) {
        out.freezeAndFilter(0, lastRow, COLUMNS);
        out.fitColumns(SheetWriter.DEFAULT_CAP);
        out.fitColumn(EVIDENCE, EVIDENCE_CAP);
    }

    private static void writeRow(SheetWriter out, Row row, EventRecord event) {
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
