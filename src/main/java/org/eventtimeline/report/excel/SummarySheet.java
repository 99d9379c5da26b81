package org.eventtimeline.report.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.report.RunSummary;

/**
 * Reads the run summary and the aggregates; produces the Summary sheet: run metadata, casualty totals, events by
 * type (with a bar chart drawn by {@link EventTypeChart}) and events by country.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final String TITLE = "event-timeline run summary";
    static final int CHART_COLUMN = 3;
    private static final int LABEL_CAP = 30;

    private final SheetWriter out;
    private int next;

    SummarySheet(Sheet sheet, Map<Style, CellStyle> styles) {
        this.out = new SheetWriter(sheet, styles, 2);
    }

    /**
     * Writes the sheet; {@code drawingSheet} is the XSSF sheet the chart is drawn on (the same sheet, or the one a
     * streaming sheet wraps).
     */
    void write(RunSummary run, TimelineStats stats, XSSFSheet drawingSheet) {
        next = 0;
        out.title(out.row(next), 0, TITLE);
        next += 2;
        out.text(line("Program version"), 1, run.programVersion());
        out.date(line("Reference date"), 1, run.referenceDate(), DatePrecision.DAY);
        out.dateTime(line("Run started"), 1, run.startedAt());
        out.dateTime(line("Run finished"), 1, run.finishedAt());
        out.integer(line("Items read"), 1, run.itemsRead(), false);
        out.integer(line("Events written"), 1, run.eventsWritten(), false);
        out.integer(line("Items skipped"), 1, run.itemsSkipped(), false);
        List<String> files = run.inputFiles();
        for (int i = 0; i < files.size(); i++) {
            out.text(line(i == 0 ? "Input files" : null), 1, files.get(i));
        }

        table("Casualties", "Total");
        out.integer(line("Killed"), 1, stats.killed(), true);
        out.integer(line("Injured"), 1, stats.injured(), true);
        out.integer(line("Missing"), 1, stats.missing(), true);
        out.integer(line("Abducted"), 1, stats.abducted(), true);
        out.integer(line("Arrested"), 1, stats.arrested(), true);

        List<TimelineStats.Count> types = stats.byType();
        table("Event type", "Events");
        int firstTypeRow = next;
        counts(types);
        if (!types.isEmpty()) {
            CellRangeAddress labels = new CellRangeAddress(firstTypeRow, next - 1, 0, 0);
            CellRangeAddress values = new CellRangeAddress(firstTypeRow, next - 1, 1, 1);
            new EventTypeChart().draw(drawingSheet, types, labels, values, CHART_COLUMN);
        }

        table("Country", "Events");
        counts(stats.byCountry());
        out.fitColumn(0, LABEL_CAP);
        out.fitColumn(1, SheetWriter.DEFAULT_CAP);
    }

    private void counts(List<TimelineStats.Count> counts) {
        for (TimelineStats.Count count : counts) {
            out.integer(line(count.label()), 1, count.count(), false);
        }
    }

    private void table(String label, String value) {
        next++;
        out.header(next++, List.of(label, value));
    }

    private Row line(String label) {
        Row row = out.row(next++);
        out.text(row, 0, label);
        return row;
    }
}
