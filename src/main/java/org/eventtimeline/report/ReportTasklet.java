package org.eventtimeline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.job.JobParameterNames;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputFile;
import org.eventtimeline.store.SkippedItemRepository;
import org.eventtimeline.store.StagedEventRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads a run's staged events and skipped items and writes the run's {@code events.csv} and {@code timeline.xlsx}
 * into its output directory from one read of the events ({@link ReportPairWriter}), both files replaced atomically.
 */
public class ReportTasklet implements Tasklet {

    public static final String CSV_NAME = "events.csv";
    public static final String WORKBOOK_NAME = "timeline.xlsx";
    /** Events read ahead of the writers on a second thread. */
    static final int READ_AHEAD = 2_048;

    private final StagedEventRepository events;
    private final SkippedItemRepository skipped;
    private final JobRepository jobRepository;
    private final ReportPairWriter writer = new ReportPairWriter();

    public ReportTasklet(StagedEventRepository events, SkippedItemRepository skipped, JobRepository jobRepository) {
        this.events = events;
        this.skipped = skipped;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobParameters parameters = step.getJobExecution().getJobParameters();
        String runKey = parameters.getString(JobParameterNames.RUN_KEY);
        Path outputDir = Path.of(parameters.getString(JobParameterNames.OUTPUT_DIR));
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw ReportFault.of("cannot create the output directory " + outputDir, e);
        }
        long count;
        try (ReadAhead<EventRecord> records = new ReadAhead<>(events.streamRun(runKey), READ_AHEAD, "report-reader")) {
            count = writer.write(outputDir.resolve(CSV_NAME), outputDir.resolve(WORKBOOK_NAME), records,
                    written -> summary(step, parameters, written), skipped.findRun(runKey));
        }
        contribution.incrementWriteCount(count);
        return RepeatStatus.FINISHED;
    }

    private RunSummary summary(StepExecution step, JobParameters parameters, long eventCount) {
        StepExecution extract = extractStep(step.getJobExecution(), parameters);
        String input = parameters.getString(JobParameterNames.INPUT);
        List<String> files = new InputDiscovery().discover(Path.of(input)).stream().map(InputFile::name).toList();
        LocalDateTime started = extract == null ? step.getJobExecution().getStartTime() : extract.getStartTime();
        return new RunSummary(files, LocalDate.parse(parameters.getString(JobParameterNames.REFERENCE_DATE)),
                started, LocalDateTime.now(ZoneId.systemDefault()), extract == null ? 0 : extract.getReadCount(),
                eventCount, extract == null ? 0 : extract.getSkipCount(), version());
    }

    /** The extract step of this run, or of the completed run whose reports are being regenerated. */
    private StepExecution extractStep(JobExecution current, JobParameters parameters) {
        StepExecution own = find(current);
        if (own != null) {
            return own;
        }
        JobParameters identifying = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, parameters.getString(JobParameterNames.INPUT), true)
                .addString(JobParameterNames.REFERENCE_DATE, parameters.getString(JobParameterNames.REFERENCE_DATE),
                        true)
                .addString(JobParameterNames.FINGERPRINT, parameters.getString(JobParameterNames.FINGERPRINT), true)
                .toJobParameters();
        JobExecution original = jobRepository.getLastJobExecution("timeline", identifying);
        return original == null ? null : find(original);
    }

    private static StepExecution find(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("extract")).findFirst()
                .orElse(null);
    }

    private static String version() {
        String version = ReportTasklet.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
