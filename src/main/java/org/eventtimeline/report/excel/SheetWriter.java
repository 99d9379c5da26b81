package org.eventtimeline.report.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.report.FormulaGuard;
import org.eventtimeline.report.TwoDecimals;

/**
 * Reads values and produces typed, styled cells on one sheet: text always as string cells (quote-prefixed when it
 * looks like a formula), dates as real date cells, numbers as numeric cells; tracks each column's widest content
 * so column widths can be computed without POI's slow autosizing.
 */
final class SheetWriter {

    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final int DEFAULT_CAP = 50;
    private static final int MAX_WIDTH_CHARS = 255;
    private static final int PADDING_CHARS = 2;
    /** Room for the autofilter's drop-down button beside a header. */
    private static final int FILTER_BUTTON_CHARS = 3;

    private final Sheet sheet;
    private final Map<Style, CellStyle> styles;
    private final int[] widest;

    SheetWriter(Sheet sheet, Map<Style, CellStyle> styles, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.widest = new int[columns];
    }

    Sheet sheet() {
        return sheet;
    }

    Row row(int index) {
        return sheet.createRow(index);
    }

    /** A bold header row at {@code rowIndex}. */
    void header(int rowIndex, List<String> names) {
        Row row = row(rowIndex);
        for (int col = 0; col < names.size(); col++) {
            Cell cell = row.createCell(col);
            cell.setCellValue(names.get(col));
            cell.setCellStyle(styles.get(Style.HEADER));
            track(col, names.get(col).length() + FILTER_BUTTON_CHARS);
        }
    }

    /** Freezes the rows above {@code firstDataRow} and puts an autofilter over the header and data rows. */
    void freezeAndFilter(int headerRow, int lastRow, int columns) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    }

    /** A bold title cell. */
    void title(Row row, int col, String value) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(Style.TITLE));
    }

    /** A string cell; nothing for null or empty text. */
    void text(Row row, int col, String value) {
        text(row, col, value, Style.TEXT, Style.TEXT_GUARDED);
    }

    /** A wrapping string cell; nothing for null or empty text. */
    void wrapped(Row row, int col, String value) {
        text(row, col, value, Style.WRAP, Style.WRAP_GUARDED);
    }

    /** A numeric cell with an integer format; nothing for null; non-zero values filled when asked. */
    void integer(Row row, int col, Number value, boolean highlightNonZero) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        boolean highlight = highlightNonZero && value.longValue() != 0;
        cell.setCellStyle(styles.get(highlight ? Style.INTEGER_HIGHLIGHT : Style.INTEGER));
        track(col, value instanceof Integer || value instanceof Long ? digits(value.longValue())
                : value.toString().length());
    }

    /** A numeric cell with two decimals; nothing when not a finite number. */
    void decimal(Row row, int col, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(Style.DECIMAL));
        track(col, TwoDecimals.format(value).length());
    }

    /** A date cell formatted to the precision; nothing for a null date. */
    void date(Row row, int col, LocalDate date, DatePrecision precision) {
        if (date == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(date);
        cell.setCellStyle(styles.get(TimelineStyles.dateStyle(precision)));
        track(col, TimelineStyles.dateWidth(precision));
    }

    /** A date-and-time cell; nothing for null. */
    void dateTime(Row row, int col, LocalDateTime value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(Style.DATE_TIME));
        track(col, TimelineStyles.FORMAT_DATE_TIME.length());
    }

    /** Sets every column's width from its widest content, at most {@code cap} characters. */
    void fitColumns(int cap) {
        for (int col = 0; col < widest.length; col++) {
            fitColumn(col, cap);
        }
    }

    /** Sets one column's width from its widest content, at most {@code cap} characters. */
    void fitColumn(int col, int cap) {
        int chars = Math.min(Math.min(widest[col] + PADDING_CHARS, cap), MAX_WIDTH_CHARS);
        sheet.setColumnWidth(col, Math.max(chars, 4) * 256);
    }

    private void text(Row row, int col, String value, Style plain, Style guarded) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String text = value.length() > MAX_TEXT ? truncate(value) : value;
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(FormulaGuard.isDangerous(text) ? guarded : plain));
        track(col, longestLine(text));
    }

    /** Cuts text to Excel's cell limit, ending in an ellipsis, never between the halves of a surrogate pair. */
    static String truncate(String value) {
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "\u2026";
    }

    private void track(int col, int chars) {
        if (col < widest.length && chars > widest[col]) {
            widest[col] = chars;
        }
    }

    /** How many characters {@code Long.toString(value)} has. */
    static int digits(long value) {
        int chars = value < 0 ? 2 : 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            chars++;
        }
        return chars;
    }

    private static int longestLine(String text) {
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return text.length();
        }
        int longest = newline;
        int start = newline + 1;
        for (int i = start; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
