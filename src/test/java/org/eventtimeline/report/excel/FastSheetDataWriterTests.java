package org.eventtimeline.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class FastSheetDataWriterTests {

    @Test
    void theSheetXmlIsTheSameAsPoisOwnWriterGives() throws IOException {
        // given the same rows of every cell kind written by POI's streaming workbook and by ours
        String poi = sheetXml(new SXSSFWorkbook(null, 2, true));
        // when
        String fast = sheetXml(new FastTempWorkbook(2));
        // then the sheet XML is identical, and holds the cells as POI writes them
        assertThat(fast).isEqualTo(poi);
        assertThat(fast).contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> lead&amp;"
                + "&lt;b&gt;&#xa;</t></is></c>");
        assertThat(fast).contains("<c r=\"B1\" t=\"n\"><v>3.0</v></c>");
        assertThat(fast).contains("<c r=\"C1\" t=\"n\"><v>-0.0</v></c>");
        assertThat(fast).contains("<c r=\"D1\" t=\"n\"><v>0.85</v></c>");
        assertThat(fast).contains("<c r=\"E1\" t=\"n\"><v>1.0E7</v></c>");
        assertThat(fast).contains("<c r=\"BS300\" t=\"inlineStr\"><is><t>caf\u00e9</t></is></c>");
    }

    private static String sheetXml(SXSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            CellStyle styled = workbook.createCellStyle();
            styled.setWrapText(true);
            Sheet sheet = workbook.createSheet("Timeline");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(" lead&<b>\n");
                row.getCell(0).setCellStyle(styled);
                row.createCell(1).setCellValue(3.0);
                row.createCell(2).setCellValue(-0.0);
                row.createCell(3).setCellValue(0.85);
                row.createCell(4).setCellValue(1e7);
                row.createCell(5).setCellValue(r * 12345.678);
                row.createCell(6).setCellValue(r % 2 == 0);
                row.createCell(7).setCellFormula("B1+1");
                row.createCell(8).setCellValue(Double.NaN);
                row.createCell(9).setBlank();
                row.createCell(11).setCellValue("tab\tend ");
                row.createCell(70).setCellValue("caf\u00e9");
            }
            workbook.write(out);
            workbook.dispose();
        }
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no sheet1.xml");
    }
}
