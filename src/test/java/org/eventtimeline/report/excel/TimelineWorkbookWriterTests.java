package org.eventtimeline.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.domain.SkippedItem;
import org.eventtimeline.report.AtomicFilePublisher;
import org.eventtimeline.report.ReportFixtures;
import org.eventtimeline.report.csv.EventCsvRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineWorkbookWriterTests {

    private static final Instant CREATED = Instant.parse("2025-04-01T02:03:30Z");
    private static final int KILLED = 9;
    private static final int INJURED = 10;
    private static final int MISSING = 11;
    private static final int EVIDENCE = 17;
    private static final int ARRESTED = 19;
    private static Locale savedLocale;
    private static TimeZone savedZone;

    @TempDir
    Path dir;

    private Path target;
    private final TimelineWorkbookWriter writer =
            new TimelineWorkbookWriter(new AtomicFilePublisher(), Clock.fixed(CREATED, ZoneOffset.UTC));

    @BeforeAll
    static void fixLocaleAndZone() {
        savedLocale = Locale.getDefault();
        savedZone = TimeZone.getDefault();
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreLocaleAndZone() {
        Locale.setDefault(savedLocale);
        TimeZone.setDefault(savedZone);
    }

    @BeforeEach
    void writeSampleWorkbook() throws IOException {
        // given three events out of order (undated first), a run summary and one skipped item
        target = dir.resolve(TimelineWorkbookWriter.FILE_NAME);
        writer.write(target, List.of(ReportFixtures.statement(), ReportFixtures.attack(), ReportFixtures.protest()),
                ReportFixtures.run(), ReportFixtures.skipped());
    }

    @Test
    void hasTheFiveSheetsInOrder() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            // then
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(0, 1, 2, 3, 4)).extracting(workbook::getSheetName)
                    .containsExactly("Timeline", "Summary", "Actors", "Locations", "Skipped");
        }
    }

    @Test
    void timelineHasTheCsvHeaderAndEventsInDateOrder() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet timeline = workbook.getSheet("Timeline");
            // then the header is the CSV contract and the undated event comes last
            assertThat(texts(timeline.getRow(0), 20)).containsExactlyElementsOf(EventCsvRow.HEADER);
            assertThat(timeline.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(1, 2, 3)).extracting(r -> timeline.getRow(r).getCell(0).getStringCellValue())
                    .containsExactly("e2", "e1", "e3");
        }
    }

    @Test
    void datesAreRealDateCellsFormattedToTheirPrecision() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet timeline = workbook.getSheet("Timeline");
            // when reading the event_date cells
            Cell month = timeline.getRow(1).getCell(1);
            Cell day = timeline.getRow(2).getCell(1);
            Cell reported = timeline.getRow(3).getCell(1);
            // then each is a numeric date with its precision's format
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(day.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2025, 3, 28)))
                    .isEqualTo(45744.0);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(month.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2024, 3, 1)));
            assertThat(month.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(reported.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(reported.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd\" (reported)\"");
            assertThat(timeline.getRow(2).getCell(2)).as("no end date").isNull();
        }
    }

    @Test
    void headerIsFrozenAndFilteredOverTheData() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet timeline = workbook.getSheet("Timeline");
            // then
            PaneInformation pane = timeline.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(timeline.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T4");
        }
    }

    @Test
    void casualtiesAreNumbersAndNonZeroOnesAreHighlighted() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Row attack = workbook.getSheet("Timeline").getRow(2);
            // when reading the attack's killed, injured and missing cells
            Cell killed = attack.getCell(KILLED);
            Cell injured = attack.getCell(INJURED);
            // then killed is 3 and filled, injured is 0 and plain, missing is no cell at all
            assertThat(killed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(killed.getNumericCellValue()).isEqualTo(3.0);
            XSSFCellStyle killedStyle = (XSSFCellStyle) killed.getCellStyle();
            assertThat(killedStyle.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(killedStyle.getFillForegroundColor()).isEqualTo(TimelineStyles.HIGHLIGHT.getIndex());
            assertThat(injured.getNumericCellValue()).isEqualTo(0.0);
            assertThat(injured.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(attack.getCell(MISSING)).isNull();
            Row protest = workbook.getSheet("Timeline").getRow(1);
            assertThat(protest.getCell(ARRESTED).getNumericCellValue()).isEqualTo(12.0);
            assertThat(protest.getCell(18).getNumericCellValue()).isEqualTo(0.75);
            assertThat(protest.getCell(18).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void formulaLikeTextIsAQuotePrefixedStringAndNeverAFormula() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            // when reading the protest's evidence
            Cell evidence = workbook.getSheet("Timeline").getRow(1).getCell(EVIDENCE);
            // then it is the exact text, a string cell whose style tells Excel to keep it text
            assertThat(evidence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evidence.getStringCellValue()).isEqualTo(ReportFixtures.FORMULA);
            assertThat(evidence.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(evidence.getCellStyle().getWrapText()).isTrue();
            Cell ordinary = workbook.getSheet("Timeline").getRow(2).getCell(EVIDENCE);
            assertThat(ordinary.getStringCellValue()).isEqualTo(ReportFixtures.QUOTED_EVIDENCE);
            assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(allCells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void columnsAreSizedAndEvidenceIsCapped() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet timeline = workbook.getSheet("Timeline");
            // then event_id fits its header plus the filter button, evidence is at most 80 characters wide
            assertThat(timeline.getColumnWidth(0)).isEqualTo(("event_id".length() + 3 + 2) * 256);
            assertThat(timeline.getColumnWidth(EVIDENCE)).isEqualTo(
                    (ReportFixtures.FORMULA.length() + 2) * 256).isLessThanOrEqualTo(80 * 256);
        }
    }

    @Test
    void summaryHasRunMetadataTotalsCountsAndABarChart() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet summary = workbook.getSheet("Summary");
            // then labels map to values
            assertThat(valueOf(summary, "Program version").getStringCellValue()).isEqualTo("0.1.0");
            assertThat(valueOf(summary, "Reference date").getNumericCellValue())
                    .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2025, 4, 1)));
            assertThat(valueOf(summary, "Items read").getNumericCellValue()).isEqualTo(12.0);
            assertThat(valueOf(summary, "Input files").getStringCellValue()).isEqualTo("input/news.txt");
            assertThat(valueOf(summary, "Killed").getNumericCellValue()).isEqualTo(6.0);
            assertThat(valueOf(summary, "Injured").getNumericCellValue()).isEqualTo(0.0);
            assertThat(valueOf(summary, "Arrested").getNumericCellValue()).isEqualTo(12.0);
            assertThat(valueOf(summary, "ATTACK").getNumericCellValue()).isEqualTo(1.0);
            assertThat(valueOf(summary, "France").getNumericCellValue()).isEqualTo(1.0);
            assertThat(valueOf(summary, TimelineStats.UNKNOWN_COUNTRY).getNumericCellValue()).isEqualTo(1.0);
            // and one bar chart of the three types
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Events by type");
            assertThat(chart.getChartSeries()).hasSize(1);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(chart.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .matches("'?Summary'?!\\$B\\$\\d+:\\$B\\$\\d+");
        }
    }

    @Test
    void actorsAndLocationsCountEventsWithFirstAndLastDates() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            // when reading the Actors sheet: Hamas is in the March 2024 protest and the 2025-03-28 attack
            Row hamas = workbook.getSheet("Actors").getRow(1);
            // then
            assertThat(texts(workbook.getSheet("Actors").getRow(0), 4))
                    .containsExactly("actor", "events", "first_date", "last_date");
            assertThat(hamas.getCell(0).getStringCellValue()).isEqualTo("Hamas");
            assertThat(hamas.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(hamas.getCell(2).getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2024, 3, 1)));
            assertThat(hamas.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(hamas.getCell(3).getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2025, 3, 28)));
            assertThat(workbook.getSheet("Actors").getLastRowNum()).isEqualTo(2);
            Sheet locations = workbook.getSheet("Locations");
            assertThat(locations.getLastRowNum()).isEqualTo(3);
            assertThat(texts(locations.getRow(1), 2)).containsExactly("Gaza City", "Palestine");
            assertThat(texts(locations.getRow(3), 2)).containsExactly("Paris", "France");
        }
    }

    @Test
    void skippedItemsAreListed() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet skipped = workbook.getSheet("Skipped");
            // then
            assertThat(texts(skipped.getRow(0), 3)).containsExactly("file", "line", "reason");
            assertThat(skipped.getRow(1).getCell(0).getStringCellValue()).isEqualTo("news.txt");
            assertThat(skipped.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(skipped.getRow(1).getCell(2).getStringCellValue()).isEqualTo("no event sentence");
        }
    }

    @Test
    void carriesTitleAndCreationDate() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            var core = workbook.getProperties().getCoreProperties();
            // then
            assertThat(core.getTitle()).isEqualTo("event-timeline timeline 2025-04-01");
            assertThat(core.getCreated()).isEqualTo(Date.from(CREATED));
            assertThat(core.getCreator()).isEqualTo("event-timeline 0.1.0");
        }
    }

    @Test
    void anEmptyRunHasHeadersOnlyAndNoChart() throws IOException {
        // given no events and nothing skipped
        writer.write(target, List.of(), ReportFixtures.run(), List.of());
        try (XSSFWorkbook workbook = open()) {
            // then each list sheet has its header alone and the summary draws no chart
            assertThat(workbook.getSheet("Timeline").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("Timeline").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T1");
            assertThat(workbook.getSheet("Skipped").getPhysicalNumberOfRows()).isEqualTo(1);
            assertThat(workbook.getSheet("Summary").getDrawingPatriarch()).isNull();
            assertThat(valueOf(workbook.getSheet("Summary"), "Killed").getNumericCellValue()).isZero();
        }
    }

    @Test
    void aFailingWriteLeavesThePreviousWorkbookUntouched() throws IOException {
        // given the good workbook written before each test
        byte[] previous = Files.readAllBytes(target);
        List<SkippedItem> failing = new AbstractList<>() {
            @Override
            public SkippedItem get(int index) {
                if (index == 1) {
                    throw new IllegalStateException("skip list broken");
                }
                return new SkippedItem("x.txt", index, "bad");
            }

            @Override
            public int size() {
                return 3;
            }
        };
        // when a later write fails while building the workbook
        assertThatThrownBy(() -> writer.write(target, List.of(ReportFixtures.attack()), ReportFixtures.run(),
                failing)).hasMessage("skip list broken");
        // then the previous workbook is byte-for-byte the same and no temporary file is left
        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("timeline.xlsx");
        }
    }

    private XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    private static List<String> texts(Row row, int cells) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            texts.add(row.getCell(i).getStringCellValue());
        }
        return texts;
    }

    /** The cell right of the first cell in column A holding {@code label}. */
    private static Cell valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    private static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }
}
