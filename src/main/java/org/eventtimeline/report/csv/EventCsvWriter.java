package org.eventtimeline.report.csv;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.report.AtomicFilePublisher;

/**
 * Reads event records and produces events.csv: UTF-8 with a byte-order mark, the contract header, RFC 4180 quoting
 * (only where needed, quotes doubled) and CRLF line ends, published atomically.
 */
public final class EventCsvWriter {

    /** The file name the report step gives the CSV. */
    public static final String FILE_NAME = "events.csv";

    /** RFC 4180 line end. */
    public static final String LINE_END = "\r\n";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AtomicFilePublisher publisher;

    public EventCsvWriter() {
        this(new AtomicFilePublisher());
    }

    public EventCsvWriter(AtomicFilePublisher publisher) {
        this.publisher = publisher;
    }

    /** Writes the records, in the order given, to {@code target}; the previous file stays if anything fails. */
    public void write(Path target, Iterable<EventRecord> records) throws IOException {
        publisher.publish(target, out -> writeTo(out, records));
    }

    private static void writeTo(OutputStream out, Iterable<EventRecord> records) throws IOException {
        Rows rows = start(out);
        for (EventRecord record : records) {
            rows.add(record);
        }
        rows.finish();
    }

    /** Starts the CSV on {@code out}: the byte-order mark and the header; the caller adds rows, then finishes. */
    public static Rows start(OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ICSVWriter csv = new CSVWriter(text, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, LINE_END);
        csv.writeNext(EventCsvRow.header(), false);
        return new Rows(csv);
    }

    /** The rows of a CSV being written, one event at a time. */
    public static final class Rows {
        private final ICSVWriter csv;

        private Rows(ICSVWriter csv) {
            this.csv = csv;
        }

        /** Adds the event's row; a write error shows at {@link #finish()}. */
        public void add(EventRecord record) {
            csv.writeNext(EventCsvRow.of(record), false);
        }

        /** Flushes the rows and fails if any of them could not be written. */
        public void finish() throws IOException {
            csv.flush();
            if (csv.checkError()) {
                throw new IOException("could not write CSV", csv.getException());
            }
            csv.close();
        }
    }
}
