package org.eventtimeline.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.extract.ArticleExtractionProcessor;
import org.eventtimeline.extract.ExtractionFailedException;
import org.eventtimeline.extract.ExtractionPipelines;
import org.eventtimeline.extract.Pipeline;
import org.eventtimeline.read.ArticleItemReader;
import org.eventtimeline.progress.ProgressListener;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputSize;
import org.eventtimeline.read.MalformedArticleException;
import org.eventtimeline.report.CumulativeReportTasklet;
import org.eventtimeline.report.ReportTasklet;
import org.eventtimeline.store.CumulativeEventRepository;
import org.eventtimeline.store.SkippedItemListener;
import org.eventtimeline.store.SkippedItemRepository;
import org.eventtimeline.store.StagedEventRepository;
import org.eventtimeline.store.StagingItemWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.LimitCheckingExceptionHierarchySkipPolicy;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the timeline job: an extract step (read, extract, stage) and a report step (CSV and workbook). */
@Configuration
public class TimelineJobConfiguration {

    /** Faults that lose one input item, never the run: they are skipped and listed in the report. */
    static final Set<Class<? extends Throwable>> SKIPPABLE = Set.of(MalformedArticleException.class,
            ExtractionFailedException.class);

    @Bean
    Pipeline extractionPipeline() {
        return ExtractionPipelines.standard();
    }

    @Bean
    StagedEventRepository stagedEventRepository(JdbcTemplate jdbc) {
        return new StagedEventRepository(jdbc);
    }

    @Bean
    SkippedItemRepository skippedItemRepository(JdbcTemplate jdbc) {
        return new SkippedItemRepository(jdbc);
    }

    @Bean
    @StepScope
    ArticleItemReader articleReader(@Value("#{jobParameters['input']}") String input,
                                    @Value("#{jobParameters['referenceDate']}") String referenceDate) {
        return new ArticleItemReader(new InputDiscovery().discover(Path.of(input)), LocalDate.parse(referenceDate));
    }

    @Bean
    @StepScope
    StagingItemWriter stagingWriter(StagedEventRepository repository,
                                    @Value("#{jobParameters['runKey']}") String runKey) {
        return new StagingItemWriter(repository, runKey);
    }

    @Bean
    @StepScope
    SkippedItemListener skippedItemListener(SkippedItemRepository repository,
                                            @Value("#{jobParameters['runKey']}") String runKey) {
        return new SkippedItemListener(repository, runKey);
    }

    @Bean
    @StepScope
    ProgressListener progressListener(ArticleItemReader articleReader,
                                      @Value("#{jobParameters['input']}") String input,
                                      @Value("${event-timeline.progress-interval:10s}") Duration interval) {
        return new ProgressListener(InputSize.of(new InputDiscovery().discover(Path.of(input))),
                articleReader::charsRead, interval, System.console() != null ? System.out : null);
    }

    @Bean
    SkipPolicy inputSkipPolicy(@Value("${event-timeline.skip-limit:1000}") long skipLimit) {
        return new LimitCheckingExceptionHierarchySkipPolicy(SKIPPABLE, skipLimit);
    }

    /**
     * Threads that run the extraction of a chunk's items. Spring Batch 6 reads and writes a chunk on the step's
     * thread and only processes its items concurrently, so the output and restart points do not depend on it.
     */
    @Bean
    AsyncTaskExecutor extractionExecutor(@Value("${event-timeline.threads:0}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        return executor;
    }

    /** The extract step of one process; {@code --mode=manager} has its own (see ManagerConfiguration). */
    @Bean
    @ConditionalOnExpression("'${event-timeline.mode:local}' != 'manager'")
    Step extractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     ArticleItemReader articleReader, Pipeline extractionPipeline, StagingItemWriter stagingWriter,
                     SkippedItemListener skippedItemListener, SkipPolicy inputSkipPolicy,
                     ProgressListener progressListener, AsyncTaskExecutor extractionExecutor,
                     @Value("${event-timeline.chunk-size:100}") int chunkSize) {
        return new StepBuilder("extract", jobRepository)
                .<Article, List<EventRecord>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(articleReader)
                .processor(new ArticleExtractionProcessor(extractionPipeline))
                .writer(stagingWriter)
                .faultTolerant()
                .skipPolicy(inputSkipPolicy)
                .skipListener(skippedItemListener)
                .listener((StepListener) progressListener)
                .taskExecutor(extractionExecutor)
                .build();
    }

    @Bean
    ReportTasklet reportTasklet(StagedEventRepository events, SkippedItemRepository skipped,
                                JobRepository jobRepository) {
        return new ReportTasklet(events, skipped, jobRepository);
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ReportTasklet reportTasklet) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    CumulativeEventRepository cumulativeEventRepository(JdbcTemplate jdbc) {
        return new CumulativeEventRepository(jdbc);
    }

    /** Writes reports of all runs so far; {@code event-timeline.cumulative-dir} unset: the output's parent. */
    @Bean
    CumulativeReportTasklet cumulativeReportTasklet(CumulativeEventRepository cumulativeEventRepository,
            @Value("${event-timeline.cumulative-dir:#{null}}") String cumulativeDir) {
        return new CumulativeReportTasklet(cumulativeEventRepository, cumulativeDir);
    }

    @Bean
    Step cumulativeReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              CumulativeReportTasklet cumulativeReportTasklet) {
        return new StepBuilder("cumulativeReport", jobRepository)
                .tasklet(cumulativeReportTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job timelineJob(JobRepository jobRepository, Step extractStep, Step reportStep,
                    Step cumulativeReportStep) {
        return new JobBuilder("timeline", jobRepository)
                .start(extractStep)
                .next(reportStep)
                .next(cumulativeReportStep)
                .build();
    }

    /** Regenerates the reports of a run that already completed, from its staged events. */
    @Bean
    Job reportJob(JobRepository jobRepository, Step reportStep, Step cumulativeReportStep) {
        return new JobBuilder("timelineReport", jobRepository)
                .start(reportStep)
                .next(cumulativeReportStep)
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
