package org.eventtimeline.job;

import java.time.Clock;

import org.eventtimeline.report.CumulativeReportTasklet;
import org.eventtimeline.report.ReportTasklet;
import org.eventtimeline.store.CumulativeEventRepository;
import org.eventtimeline.store.SkippedItemRepository;
import org.eventtimeline.store.SortSpace;
import org.eventtimeline.store.StagedEventRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the timeline job: the extract step ({@link ExtractStepConfiguration}: read, extract, stage), a report step
 * (CSV and workbook) and the cumulative report step.
 */
@Configuration
public class TimelineJobConfiguration {

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
    CumulativeEventRepository cumulativeEventRepository(JdbcTemplate jdbc, SortSpace sortSpace) {
        return new CumulativeEventRepository(jdbc, sortSpace);
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
