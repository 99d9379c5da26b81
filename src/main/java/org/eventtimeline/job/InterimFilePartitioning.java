package org.eventtimeline.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.extract.ArticleExtractionProcessor;
import org.eventtimeline.extract.Pipeline;
import org.eventtimeline.read.ArticleItemReader;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputFile;
import org.eventtimeline.store.SkippedItemListener;
import org.eventtimeline.store.StagingItemWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * INTERIM, until the local partitioning (read/InputPartitioner and the extractPartition step) is merged: one
 * partition per input file and a worker step that extracts the file named in its step execution context.
 */
@Configuration
@ConditionalOnExpression("'${event-timeline.mode:local}' == 'manager' or '${event-timeline.mode:local}' == 'worker'")
class InterimFilePartitioning {

    @Bean
    @StepScope
    Partitioner inputPartitioner(@Value("#{jobParameters['input']}") String input) {
        return gridSize -> {
            List<InputFile> files = new InputDiscovery().discover(Path.of(input));
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putString("input.file", files.get(i).path().toString());
                partitions.put(String.format("partition-%05d", i), context);
            }
            return partitions;
        };
    }

    @Bean
    @StepScope
    ArticleItemReader partitionReader(@Value("#{stepExecutionContext['input.file']}") String file,
                                      @Value("#{jobParameters['referenceDate']}") String referenceDate) {
        return new ArticleItemReader(new InputDiscovery().discover(Path.of(file)), LocalDate.parse(referenceDate));
    }

    @Bean
    Step extractPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ArticleItemReader partitionReader, Pipeline extractionPipeline,
                          StagingItemWriter stagingWriter, SkippedItemListener skippedItemListener,
                          SkipPolicy inputSkipPolicy, AsyncTaskExecutor extractionExecutor,
                          @Value("${event-timeline.chunk-size:100}") int chunkSize) {
        return new StepBuilder("extractPartition", jobRepository)
                .<Article, List<EventRecord>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(partitionReader)
                .processor(new ArticleExtractionProcessor(extractionPipeline))
                .writer(stagingWriter)
                .faultTolerant()
                .skipPolicy(inputSkipPolicy)
                .skipListener(skippedItemListener)
                .taskExecutor(extractionExecutor)
                .build();
    }
}
