package org.eventtimeline.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.SkippedItem;
import org.eventtimeline.report.AtomicFilePublisher;
import org.eventtimeline.report.EventOrder;
import org.eventtimeline.report.RunSummary;

/**
 * Reads the events, the run summary and the skipped items; produces timeline.xlsx with the sheets Timeline (and
 * Timeline 2, 3... past a million events), Summary (with a chart), Actors, Locations and Skipped, streamed with
 * SXSSF and published atomically.
 */
public final class TimelineWorkbookWriter {

    /** The file name the report step gives the workbook. */
    public static final String FILE_NAME = "timeline.xlsx";
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int ROW_WINDOW = 200;
    static final String TITLE_PREFIX = "event-timeline ";

    private final AtomicFilePublisher publisher;
    private final Clock clock;

    public TimelineWorkbookWriter() {
        this(new AtomicFilePublisher(), Clock.systemUTC());
    }

    public TimelineWorkbookWriter(AtomicFilePublisher publisher, Clock clock) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the workbook to {@code target}; events are put in report order (dated by date, undated last) whatever
     * order they come in. The previous file stays if anything fails.
     */
    public void write(Path target, Iterable<EventRecord> events, RunSummary run, List<SkippedItem> skipped)
            throws IOException {
        Objects.requireNonNull(run, "run");
        List<EventRecord> ordered = new ArrayList<>();
        events.forEach(ordered::add);
        ordered.sort(EventOrder.REPORT_ORDER);
        writeInReportOrder(target, ordered, run, skipped);
    }

    /**
     * Writes the workbook from events that already come in report order ({@link EventOrder#REPORT_ORDER}), streaming
     * them row by row: memory stays flat however many there are. The previous file stays if anything fails.
     */
    public void writeInReportOrder(Path target, Iterable<EventRecord> events, RunSummary run, List<SkippedItem> skipped)
            throws IOException {
        Objects.requireNonNull(run, "run");
        List<SkippedItem> skippedItems = skipped == null ? List.of() : skipped;
        publisher.publish(target, out -> writeTo(out, events, run, skippedItems));
    }

    private void writeTo(OutputStream out, Iterable<EventRecord> events, RunSummary run, List<SkippedItem> skipped)
            throws IOException {
        try (Rows rows = start()) {
            for (EventRecord event : events) {
                rows.add(event);
            }
            rows.finish(out, run, skipped);
        }
    }

    /**
     * Starts a workbook whose timeline rows the caller adds one at a time, in report order, then finishes onto a
     * stream with the run summary and skipped items; close it to free its temporary files.
     */
    public Rows start() {
        return new Rows();
    }

    /** A workbook being written: timeline rows streamed to SXSSF's temporary files, aggregates kept. */
    public final class Rows implements AutoCloseable {
        private final SXSSFWorkbook workbook = new FastTempWorkbook(ROW_WINDOW);
        private final Map<Style, CellStyle> styles = TimelineStyles.createStyles(workbook);
        private final TimelineStats stats = new TimelineStats();
        private final TimelineSheet timeline = new TimelineSheet(workbook, styles);

        private Rows() {
        }

        /** Adds the event's timeline row. */
        public void add(EventRecord event) {
            timeline.add(event, stats);
        }

        /** Ends the timeline, adds the Summary, Actors, Locations and Skipped sheets and writes the workbook. */
        public void finish(OutputStream out, RunSummary run, List<SkippedItem> skipped) throws IOException {
            Objects.requireNonNull(run, "run");
            timeline.finish();
            new SummarySheet(workbook.createSheet(SummarySheet.NAME), styles)
                    .write(run, stats, workbook.getXSSFWorkbook().getSheet(SummarySheet.NAME));
            ListSheets lists = new ListSheets(styles);
            lists.actors(workbook.createSheet(ListSheets.ACTORS), stats.actors());
            lists.locations(workbook.createSheet(ListSheets.LOCATIONS), stats.places());
            lists.skipped(workbook.createSheet(ListSheets.SKIPPED), skipped == null ? List.of() : skipped);
            workbook.setActiveSheet(0);
            describe(workbook.getXSSFWorkbook().getProperties(), run);
            workbook.write(out);
        }

        /** Deletes the temporary files. */
        @Override
        public void close() throws IOException {
            try {
                workbook.dispose();
            } finally {
                workbook.close();
            }
        }
    }

    private void describe(POIXMLProperties properties, RunSummary run) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        String version = run.programVersion() == null ? "" : run.programVersion();
        core.setTitle(title(run));
        core.setCreator((TITLE_PREFIX + version).trim());
        core.setDescription("Events extracted from news text, one row per event, in date order.");
        core.setCreated(Optional.of(Date.from(clock.instant())));
        properties.getExtendedProperties().setApplication("event-timeline");
    }

    /** The workbook's title: "event-timeline timeline" and the reference date when known. */
    static String title(RunSummary run) {
        return run.referenceDate() == null ? TITLE_PREFIX + "timeline"
                : TITLE_PREFIX + "timeline " + run.referenceDate();
    }
}
