package org.eventtimeline.job;

import java.nio.file.Path;
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
import org.eventtimeline.progress.ProgressListener;
import org.eventtimeline.read.ArticleItemReader;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputPartitioner;
import org.eventtimeline.read.InputRange;
import org.eventtimeline.read.InputSize;
import org.eventtimeline.read.MalformedArticleException;
import org.eventtimeline.read.RecordedPartitionSize;
import org.eventtimeline.store.SkippedItemListener;
import org.eventtimeline.store.SortSpace;
import org.eventtimeline.store.SkippedItemRepository;
import org.eventtimeline.store.StagedEventRepository;
import org.eventtimeline.store.StagingItemWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the extract step: a partitioned manager step {@code extract} that splits the input into partitions (files
 * and line-aligned byte ranges) and runs the chunk step {@code extractPartition} (read, extract, stage) on each, on a
 * pool of {@code event-timeline.threads} threads.
 */
@Configuration
public class ExtractStepConfiguration {

    /** Name of the worker step; a partition's step execution is named {@code extractPartition:partition-00000}. */
    public static final String WORKER_STEP = "extractPartition";

    /** Faults that lose one input item, never the run: they are skipped and listed in the report. */
    static final Set<Class<? extends Throwable>> SKIPPABLE = Set.of(MalformedArticleException.class,
            ExtractionFailedException.class);

    @Bean
    Pipeline extractionPipeline() {
        return ExtractionPipelines.standard();
    }

    /** Where the report steps sort staged events that do not fit in memory: {@code sort/} in the data directory. */
    @Bean
    SortSpace sortSpace(@Value("${event-timeline.data-dir:data}") String dataDir) {
        return new SortSpace(Path.of(dataDir, "sort"));
    }

    @Bean
    StagedEventRepository stagedEventRepository(JdbcTemplate jdbc, SortSpace sortSpace) {
        return new StagedEventRepository(jdbc, sortSpace);
    }

    @Bean
    SkippedItemRepository skippedItemRepository(JdbcTemplate jdbc) {
        return new SkippedItemRepository(jdbc);
    }

    /**
     * Partitions of {@code event-timeline.partition.max-bytes} (rounded up to a line end) per file; a restarted run
     * keeps the size it was first split with.
     */
    @Bean
    @StepScope
    InputPartitioner inputPartitioner(@Value("#{jobParameters['input']}") String input,
            @Value("#{stepExecution}") StepExecution extractStep, JobRepository jobRepository,
            @Value("${event-timeline.partition.max-bytes:16777216}") long maxBytes) {
        return new InputPartitioner(new InputDiscovery().discover(Path.of(input)),
                RecordedPartitionSize.of(extractStep, jobRepository, maxBytes));
    }

    @Bean
    @StepScope
    ArticleItemReader articleReader(@Value("#{stepExecutionContext['input.file']}") String file,
                                    @Value("#{stepExecutionContext['input.startByte']}") long startByte,
                                    @Value("#{stepExecutionContext['input.endByte']}") long endByte,
                                    @Value("#{stepExecutionContext['input.startLine']}") long startLine,
                                    @Value("#{stepExecutionContext['input.format']}") String format,
                                    @Value("#{jobParameters['referenceDate']}") String referenceDate,
                                    ProgressListener progressListener) {
        ArticleItemReader reader = new ArticleItemReader(InputRange.of(file, startByte, endByte, startLine, format),
                LocalDate.parse(referenceDate));
        reader.setCharsListener(progressListener::charsRead);
        return reader;
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

    /** Progress summed over all partitions; logged every {@code event-timeline.progress-interval}. */
    @Bean
    ProgressListener progressListener(@Value("${event-timeline.progress-interval:10s}") Duration interval) {
        return new ProgressListener(step -> InputSize.ofInput(step.getJobParameters().getString(JobParameterNames.INPUT)),
                interval, System.console() != null ? System.out : null);
    }

    /** The skip limit holds per partition: a partition fails once it has skipped more items than the limit. */
    @Bean
    SkipPolicy inputSkipPolicy(@Value("${event-timeline.skip-limit:1000}") long skipLimit) {
        return new LimitCheckingExceptionHierarchySkipPolicy(SKIPPABLE, skipLimit);
    }

    /**
     * Threads that run the extraction of a chunk's items, shared by all partitions. Spring Batch 6 reads and writes
     * a chunk on the partition's thread and only processes its items concurrently, so the output and restart points
     * do not depend on it; it keeps all cores busy when the input is a single partition. A fixed pool: the step
     * submits every item as a task, and a new thread per item would cost its start and its thread-local caches.
     */
    @Bean
    ThreadPoolTaskExecutor extractionExecutor(@Value("${event-timeline.threads:0}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("extract-");
        executor.setCorePoolSize(threads(threads));
        executor.setMaxPoolSize(threads(threads));
        executor.setDaemon(true);
        return executor;
    }

    /** Threads that run partitions, {@code event-timeline.threads} at a time. */
    @Bean
    AsyncTaskExecutor partitionExecutor(@Value("${event-timeline.threads:0}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
        executor.setConcurrencyLimit(threads(threads));
        return executor;
    }

    private static int threads(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /** The chunk step run on each partition. */
    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ArticleItemReader articleReader, Pipeline extractionPipeline,
                              StagingItemWriter stagingWriter, SkippedItemListener skippedItemListener,
                              SkipPolicy inputSkipPolicy, ProgressListener progressListener,
                              ThreadPoolTaskExecutor extractionExecutor,
                              @Value("${event-timeline.chunk-size:100}") int chunkSize) {
        return new StepBuilder(WORKER_STEP, jobRepository)
                .<Article, List<EventRecord>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(articleReader)
                .processor(new ArticleExtractionProcessor(extractionPipeline))
                .writer(stagingWriter)
                .faultTolerant()
                .skipPolicy(inputSkipPolicy)
                .skipListener(skippedItemListener)
                .listener(progressListener.chunkListener())
                .taskExecutor(extractionExecutor)
                .build();
    }

    /** Runs the partitions on local threads; {@code --mode=manager} sends them to workers instead (ManagerConfiguration). */
    @Bean
    @ConditionalOnExpression("'${event-timeline.mode:local}' != 'manager'")
    PartitionHandler extractPartitionHandler(Step extractPartitionStep, AsyncTaskExecutor partitionExecutor,
                                             @Value("${event-timeline.threads:0}") int threads) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(extractPartitionStep);
        handler.setTaskExecutor(partitionExecutor);
        handler.setGridSize(threads(threads));
        return handler;
    }

    @Bean
    Step extractStep(JobRepository jobRepository, InputPartitioner inputPartitioner,
                     PartitionHandler extractPartitionHandler, Step extractPartitionStep,
                     ProgressListener progressListener) {
        return new StepBuilder("extract", jobRepository)
                .partitioner(WORKER_STEP, inputPartitioner)
                .step(extractPartitionStep)
                .partitionHandler(extractPartitionHandler)
                .listener(progressListener)
                .build();
    }
}
