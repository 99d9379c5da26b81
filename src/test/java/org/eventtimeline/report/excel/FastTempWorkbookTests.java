package org.eventtimeline.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FastTempWorkbookTests {

    @Test
    void rowsFlushedToTheFastGzippedTemporaryFileAreAllInTheWrittenWorkbook() throws IOException {
        // given a workbook keeping 10 rows in memory, and 250 rows of text and numbers
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FastTempWorkbook workbook = new FastTempWorkbook(10)) {
            assertThat(workbook.isCompressTempFiles()).isTrue();
            Sheet sheet = workbook.createSheet("Timeline");
            for (int i = 0; i < 250; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("event " + i + " <&> \u00e9");
                row.createCell(1).setCellValue(i * 1.5);
            }

            // when
            workbook.write(out);
            workbook.dispose();
        }

        // then every row reads back with its values, the flushed ones too
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("Timeline");
            assertThat(sheet.getLastRowNum()).isEqualTo(249);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("event 0 <&> \u00e9");
            assertThat(sheet.getRow(123).getCell(0).getStringCellValue()).isEqualTo("event 123 <&> \u00e9");
            assertThat(sheet.getRow(249).getCell(1).getNumericCellValue()).isEqualTo(373.5);
        }
    }
}
