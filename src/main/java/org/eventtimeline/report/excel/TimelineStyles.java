package org.eventtimeline.report.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.eventtimeline.domain.DatePrecision;

/**
 * Reads a workbook and produces its cell styles, once, as a map by {@link Style}: date formats per precision,
 * integer and decimal formats, a highlight fill for casualty counts, and quote-prefixed text against formulas.
 */
final class TimelineStyles {

    static final String FORMAT_DAY = "yyyy-mm-dd";
    static final String FORMAT_MONTH = "yyyy-mm";
    static final String FORMAT_YEAR = "yyyy";
    /** An undated event shows its reference date with a note; the cell still holds a real date. */
    static final String FORMAT_REPORTED = "yyyy-mm-dd\" (reported)\"";
    static final String FORMAT_DATE_TIME = "yyyy-mm-dd hh:mm:ss";
    static final String FORMAT_INTEGER = "0";
    static final String FORMAT_DECIMAL = "0.00";
    static final IndexedColors HIGHLIGHT = IndexedColors.LIGHT_ORANGE;

    private TimelineStyles() {
    }

    /** Creates every style of the report in {@code workbook}; call once per workbook. */
    static Map<Style, CellStyle> createStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Map<Style, CellStyle> styles = new EnumMap<>(Style.class);

        Font bold = workbook.createFont();
        bold.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        CellStyle title = workbook.createCellStyle();
        title.setFont(titleFont);
        styles.put(Style.TITLE, title);

        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        styles.put(Style.HEADER, header);

        styles.put(Style.TEXT, top(workbook));
        CellStyle textGuarded = top(workbook);
        textGuarded.setQuotePrefixed(true);
        styles.put(Style.TEXT_GUARDED, textGuarded);
        CellStyle wrap = top(workbook);
        wrap.setWrapText(true);
        styles.put(Style.WRAP, wrap);
        CellStyle wrapGuarded = top(workbook);
        wrapGuarded.setWrapText(true);
        wrapGuarded.setQuotePrefixed(true);
        styles.put(Style.WRAP_GUARDED, wrapGuarded);

        styles.put(Style.DATE_DAY, formatted(workbook, formats, FORMAT_DAY));
        styles.put(Style.DATE_MONTH, formatted(workbook, formats, FORMAT_MONTH));
        styles.put(Style.DATE_YEAR, formatted(workbook, formats, FORMAT_YEAR));
        CellStyle reported = formatted(workbook, formats, FORMAT_REPORTED);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        reported.setFont(grey);
        styles.put(Style.DATE_REPORTED, reported);
        styles.put(Style.DATE_TIME, formatted(workbook, formats, FORMAT_DATE_TIME));
        styles.put(Style.INTEGER, formatted(workbook, formats, FORMAT_INTEGER));
        CellStyle highlight = formatted(workbook, formats, FORMAT_INTEGER);
        highlight.setFillForegroundColor(HIGHLIGHT.getIndex());
        highlight.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        highlight.setFont(bold);
        styles.put(Style.INTEGER_HIGHLIGHT, highlight);
        styles.put(Style.DECIMAL, formatted(workbook, formats, FORMAT_DECIMAL));
        return styles;
    }

    /** The date style of a precision. */
    static Style dateStyle(DatePrecision precision) {
        return switch (precision) {
            case DAY -> Style.DATE_DAY;
            case MONTH -> Style.DATE_MONTH;
            case YEAR -> Style.DATE_YEAR;
            case REPORTED -> Style.DATE_REPORTED;
        };
    }

    /** How many characters a date of a precision shows, for column widths. */
    static int dateWidth(DatePrecision precision) {
        return switch (precision) {
            case DAY -> 10;
            case MONTH -> 7;
            case YEAR -> 4;
            case REPORTED -> 21;
        };
    }

    private static CellStyle top(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle formatted(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = top(workbook);
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
