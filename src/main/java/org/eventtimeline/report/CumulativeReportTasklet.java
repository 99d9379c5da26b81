package org.eventtimeline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.job.JobParameterNames;
import org.eventtimeline.report.csv.EventCsvWriter;
import org.eventtimeline.report.excel.TimelineWorkbookWriter;
import org.eventtimeline.store.CumulativeEventRepository;
import org.eventtimeline.store.CumulativePass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * Reads the staged events of all runs, merges reports of the same event ({@link EventMerger}) and writes the
 * cumulative {@code events.csv} and {@code timeline.xlsx}, each replaced atomically, into the cumulative directory:
 * the configured one, or by default the parent of the run's output directory; an empty setting disables them.
 * All of it runs in one {@link CumulativePass}, on a connection of its own that commits a batch at a time, not in
 * the step's transaction, so its heap stays flat however many events all runs staged.
 */
public class CumulativeReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(CumulativeReportTasklet.class);

    private final CumulativeEventRepository repository;
    private final String configuredDir;
    private final ReportPairWriter writer = new ReportPairWriter();

    /**
     * @param configuredDir the {@code event-timeline.cumulative-dir} setting: null for the default (the parent of
     *                      the run's output directory), blank to write no cumulative reports
     */
    public CumulativeReportTasklet(CumulativeEventRepository repository, String configuredDir) {
        this.repository = repository;
        this.configuredDir = configuredDir;
    }

    /** Where the cumulative reports go for a run writing into {@code outputDir}; null when there are none. */
    public static Path cumulativeDir(String configuredDir, Path outputDir) {
        if (configuredDir != null) {
            return configuredDir.isBlank() ? null : Path.of(configuredDir.strip()).toAbsolutePath().normalize();
        }
        return outputDir.toAbsolutePath().normalize().getParent();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String output = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobParameters()
                .getString(JobParameterNames.OUTPUT_DIR);
        Path outputDir = Path.of(output).toAbsolutePath().normalize();
        Path dir = cumulativeDir(configuredDir, outputDir);
        if (dir == null) {
            LOG.info("No cumulative reports: event-timeline.cumulative-dir is empty or the output has no parent");
            return RepeatStatus.FINISHED;
        }
        if (dir.equals(outputDir)) {
            LOG.warn("No cumulative reports: {} is the run's own output directory", dir);
            return RepeatStatus.FINISHED;
        }
        LocalDateTime started = LocalDateTime.now(ZoneId.systemDefault());
        long staged;
        EventMerger merger;
        try (CumulativePass pass = repository.open()) {
            staged = pass.keyStagedEvents(EventMerger::groupKey);
            CumulativePass.MergedSink sink = pass.mergedSink();
            merger = new EventMerger(sink);
            pass.forEachByKey(merger::accept);
            merger.finish();
            sink.flush();
            write(pass, dir, new RunSummary(pass.sources(), null, started, LocalDateTime.now(ZoneId.systemDefault()),
                    staged, merger.emitted(), pass.countSkipped(), version()));
        }
        contribution.incrementWriteCount(merger.emitted());
        LOG.info("Cumulative reports in {}: {} staged events of all runs, {} after merging", dir, staged,
                merger.emitted());
        return RepeatStatus.FINISHED;
    }

    private void write(CumulativePass pass, Path dir, RunSummary summary) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw ReportFault.of("cannot create the cumulative report directory " + dir, e);
        }
        try (Stream<EventRecord> events = pass.streamMerged();
             ReadAhead<EventRecord> ahead = new ReadAhead<>(events::iterator, ReportTasklet.READ_AHEAD,
                     "cumulative-reader")) {
            writer.write(dir.resolve(EventCsvWriter.FILE_NAME), dir.resolve(TimelineWorkbookWriter.FILE_NAME),
                    ahead, written -> summary, List.of());
        }
    }

    private static String version() {
        String version = CumulativeReportTasklet.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
