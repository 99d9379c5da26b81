package org.eventtimeline.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.report.ReportFixtures;
import org.eventtimeline.report.csv.EventCsvRow;
import org.junit.jupiter.api.Test;

class TimelineSheetTests {

    private static List<EventRecord> attacks(int count) {
        EventRecord attack = ReportFixtures.attack();
        List<EventRecord> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(new EventRecord("e" + i, attack.date(), attack.dateText(), attack.type(), attack.actors(),
                    attack.locations(), attack.country(), attack.casualties(), attack.source(), attack.articleId(),
                    i, attack.evidence(), attack.confidence()));
        }
        return events;
    }

    @Test
    void eventsPastASheetsRowLimitGoOnInNumberedSheetsEachWithAHeader() throws Exception {
        // given five events and room for two event rows a sheet
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Map<Style, CellStyle> styles = TimelineStyles.createStyles(workbook);
            TimelineStats stats = new TimelineStats();

            // when the timeline is written
            int sheets = new TimelineSheet(workbook, styles, 2).write(attacks(5), stats);

            // then three sheets hold 2, 2 and 1 events in order, under the events.csv header
            assertThat(sheets).isEqualTo(3);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Timeline", "Timeline 2", "Timeline 3");
            assertThat(eventIds(workbook.getSheet("Timeline"))).containsExactly("e1", "e2");
            assertThat(eventIds(workbook.getSheet("Timeline 2"))).containsExactly("e3", "e4");
            assertThat(eventIds(workbook.getSheet("Timeline 3"))).containsExactly("e5");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(EventCsvRow.HEADER.get(0));
                assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) EventCsvRow.HEADER.size());
            }
            // and every event is counted once in the workbook's aggregates: 5 attacks with 3 killed each
            assertThat(stats.killed()).isEqualTo(15);
        }
    }

    @Test
    void exactlyAFullSheetStartsNoEmptyContinuation() throws Exception {
        // given four events and room for two event rows a sheet
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // when the timeline is written
            int sheets = new TimelineSheet(workbook, TimelineStyles.createStyles(workbook), 2)
                    .write(attacks(4), new TimelineStats());

            // then two full sheets and no third
            assertThat(sheets).isEqualTo(2);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(eventIds(workbook.getSheet("Timeline 2"))).containsExactly("e3", "e4");
        }
    }

    @Test
    void aSheetHoldsExcelsRowLimitLessTheHeader() {
        assertThat(TimelineSheet.MAX_EVENT_ROWS).isEqualTo(1_048_575);
        assertThatThrownBy(() -> new TimelineSheet(new XSSFWorkbook(), Map.of(), 1_048_576))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> eventIds(Sheet sheet) {
        List<String> ids = new ArrayList<>();
        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            ids.add(sheet.getRow(row).getCell(0).getStringCellValue());
        }
        return ids;
    }
}
