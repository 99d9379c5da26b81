package org.eventtimeline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.SkippedItem;
import org.eventtimeline.report.AtomicFilePublisher.Pending;
import org.eventtimeline.report.csv.EventCsvWriter;
import org.eventtimeline.report.excel.TimelineWorkbookWriter;

/**
 * Reads events once, in report order, and produces both {@code events.csv} and {@code timeline.xlsx} from that one
 * pass: both temporary files are complete before either is published, so a failure leaves both previous files
 * untouched and names the file it could not write ("cannot write PATH: reason").
 */
public final class ReportPairWriter {

    private final AtomicFilePublisher publisher;
    private final TimelineWorkbookWriter workbookWriter;

    public ReportPairWriter() {
        this(new AtomicFilePublisher(), new TimelineWorkbookWriter());
    }

    public ReportPairWriter(AtomicFilePublisher publisher, TimelineWorkbookWriter workbookWriter) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.workbookWriter = Objects.requireNonNull(workbookWriter, "workbookWriter");
    }

    /**
     * Writes every event to {@code csv} and {@code workbook}, then publishes both; {@code summary} gives the
     * workbook's run summary from the number of events written. Returns that number.
     */
    public long write(Path csv, Path workbook, Iterable<EventRecord> events, LongFunction<RunSummary> summary,
                      List<SkippedItem> skipped) throws IOException {
        try (Pending csvFile = begin(csv); Pending workbookFile = begin(workbook);
             TimelineWorkbookWriter.Rows sheets = workbookWriter.start()) {
            EventCsvWriter.Rows rows = startCsv(csv, csvFile);
            long count = 0;
            for (EventRecord event : events) {
                rows.add(event);
                sheets.add(event);
                count++;
            }
            try {
                rows.finish();
            } catch (IOException e) {
                throw cannotWrite(csv, e);
            }
            try {
                sheets.finish(workbookFile.stream(), summary.apply(count), skipped);
            } catch (IOException e) {
                throw cannotWrite(workbook, e);
            }
            publish(csv, csvFile);
            publish(workbook, workbookFile);
            return count;
        }
    }

    private Pending begin(Path target) throws IOException {
        try {
            return publisher.begin(target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static EventCsvWriter.Rows startCsv(Path target, Pending file) throws IOException {
        try {
            return EventCsvWriter.start(file.stream());
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static void publish(Path target, Pending file) throws IOException {
        try {
            file.publish();
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static IOException cannotWrite(Path target, IOException cause) {
        return ReportFault.of("cannot write " + target, cause);
    }
}
