package org.eventtimeline.report.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * Reads the rows SXSSF flushes and produces the same sheet XML as POI's writer (inline strings, no shared strings
 * table) in a temporary file gzipped at {@link Deflater#BEST_SPEED}, at less CPU: a {@link SheetXmlWriter} instead of
 * a locking {@code BufferedWriter}, and string, number and blank cells written without building reference and
 * number strings. Formula, boolean and error cells are left to POI.
 */
final class FastSheetDataWriter extends GZIPSheetDataWriter {

    private static final String[] COLUMN_NAMES = columnNames(64);
    /** Below this magnitude {@link Double#toString} writes a whole number as its digits and ".0". */
    private static final double PLAIN_LIMIT = 1e7;
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private int rowNumber;

    FastSheetDataWriter() throws IOException {
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        FileOutputStream stream = new FileOutputStream(file);
        try {
            return new SheetXmlWriter(new FastGzip(stream));
        } catch (IOException e) {
            stream.close();
            throw e;
        }
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = rownum;
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        switch (cell.getCellType()) {
            case STRING -> {
                String text = cell.getStringCellValue() == null ? "" : cell.getStringCellValue();
                begin(columnIndex, cell);
                xml().write(hasLeadingTrailingSpaces(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        : " t=\"inlineStr\"><is><t>");
                xml().writeEscaped(text);
                xml().write("</t></is></c>");
            }
            case NUMERIC -> {
                begin(columnIndex, cell);
                xml().write(" t=\"n\"><v>");
                writeNumber(cell.getNumericCellValue());
                xml().write("</v></c>");
            }
            case BLANK -> {
                begin(columnIndex, cell);
                xml().write("></c>");
            }
            default -> super.writeCell(columnIndex, cell);
        }
    }

    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text != null) {
            xml().writeEscaped(text);
        }
    }

    /** The cell's start tag up to its type: reference and, unless the default, style. */
    private void begin(int columnIndex, Cell cell) throws IOException {
        SheetXmlWriter out = xml();
        out.write("<c r=\"");
        out.write(columnIndex < COLUMN_NAMES.length ? COLUMN_NAMES[columnIndex]
                : CellReference.convertNumToColString(columnIndex));
        out.writeDigits(rowNumber + 1L);
        out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.write(" s=\"");
            out.writeDigits(style);
            out.write('"');
        }
    }

    /** The number as {@link Double#toString} writes it; whole numbers of fewer than 8 digits without the call. */
    private void writeNumber(double value) throws IOException {
        long whole = (long) value;
        if (whole == value && whole >= 0 && value < PLAIN_LIMIT && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            xml().writeDigits(whole);
            xml().write(".0");
        } else {
            xml().write(Double.toString(value));
        }
    }

    private SheetXmlWriter xml() {
        return (SheetXmlWriter) _out;
    }

    /** As POI decides it: whether text starts or ends with whitespace, which XML must be told to keep. */
    static boolean hasLeadingTrailingSpaces(String text) {
        return !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    private static String[] columnNames(int count) {
        String[] names = new String[count];
        for (int col = 0; col < count; col++) {
            names[col] = CellReference.convertNumToColString(col);
        }
        return names;
    }

    /** A gzip stream at {@link Deflater#BEST_SPEED}. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
