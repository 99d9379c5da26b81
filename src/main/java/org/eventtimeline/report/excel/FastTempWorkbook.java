package org.eventtimeline.report.excel;

import java.io.IOException;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook (no shared strings table) that keeps the rows it flushed in gzipped temporary files written
 * by a {@link FastSheetDataWriter}: compressed at the fastest level (POI's default level cost ~10% of a report
 * step's CPU time) and encoded without POI's locking writer. The workbook it writes is the same.
 */
final class FastTempWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before the oldest are flushed to the temporary file. */
    FastTempWorkbook(int rowWindow) {
        super(null, rowWindow, true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastSheetDataWriter();
    }
}
