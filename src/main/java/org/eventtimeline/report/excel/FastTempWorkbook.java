package org.eventtimeline.report.excel;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook (no shared strings table) that keeps the rows it flushed in gzipped temporary files
 * compressed at the fastest level: POI's default level cost ~10% of a report step's CPU time, and the fastest one
 * still keeps the temporary files a fraction of the sheet XML's size. The workbook it writes is the same.
 */
final class FastTempWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before the oldest are flushed to the temporary file. */
    FastTempWorkbook(int rowWindow) {
        super(null, rowWindow, true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter() {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                return new FastGzip(file);
            }
        };
    }

    /** A gzip stream at {@link Deflater#BEST_SPEED}. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
