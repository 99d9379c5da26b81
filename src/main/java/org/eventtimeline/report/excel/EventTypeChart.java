package org.eventtimeline.report.excel;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Reads the events-by-type counts and the cells holding them; produces a bar chart of events by type on an XSSF
 * sheet with POI's XDDF API. The series carry their values as a cache and the cell ranges as references, so the
 * chart needs no cell to be readable in memory (the cells of a streaming sheet are not).
 */
final class EventTypeChart {

    static final String TITLE = "Events by type";
    private static final int WIDTH_COLUMNS = 9;
    private static final int HEIGHT_ROWS = 20;
    private static final byte[] BAR_COLOUR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

    /** Draws the chart with its top left corner at row 2 of {@code column}. */
    void draw(XSSFSheet sheet, List<TimelineStats.Count> types, CellRangeAddress labelCells,
              CellRangeAddress valueCells, int column) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, 2, column + WIDTH_COLUMNS,
                2 + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis typeAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        typeAxis.setTitle("Event type");
        XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.LEFT);
        countAxis.setTitle("Events");
        countAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        countAxis.setCrossBetween(AxisCrossBetween.BETWEEN);

        String[] labels = types.stream().map(TimelineStats.Count::label).toArray(String[]::new);
        Long[] counts = types.stream().map(TimelineStats.Count::count).toArray(Long[]::new);
        String sheetName = sheet.getSheetName();
        XDDFCategoryDataSource categories =
                XDDFDataSourcesFactory.fromArray(labels, labelCells.formatAsString(sheetName, true));
        XDDFNumericalDataSource<Long> values =
                XDDFDataSourcesFactory.fromArray(counts, valueCells.formatAsString(sheetName, true));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, typeAxis, countAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle("Events", null);
        // a new POI workbook has no theme, so without an explicit fill LibreOffice draws the bars invisible
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        chart.plot(data);
    }
}
