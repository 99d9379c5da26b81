package org.eventtimeline.report.excel;

/** The cell styles of timeline.xlsx, each created once per workbook by {@link TimelineStyles#createStyles}. */
enum Style {
    TITLE, HEADER, TEXT, TEXT_GUARDED, WRAP, WRAP_GUARDED,
    DATE_DAY, DATE_MONTH, DATE_YEAR, DATE_REPORTED, DATE_TIME,
    INTEGER, INTEGER_HIGHLIGHT, DECIMAL
}
