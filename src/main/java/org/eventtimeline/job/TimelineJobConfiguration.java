package org.eventtimeline.job;

import java.time.Clock;

import org.eventtimeline.report.CumulativeReportTasklet;
import org.eventtimeline.report.ReportTasklet;
import org.eventtimeline.store.CumulativeEventRepository;
import org.eventtimeline.store.SkippedItemRepository;
import org.eventtimeline.store.SortSpace;
import org.eventtimeline.store.StagedEventRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the timeline job: the extract step ({@link ExtractStepConfiguration}: read, extract, stage), then the report
 * step (CSV and workbook) and the cumulative report step at the same time ({@link #reportsFlow}).
 */
@Configuration
public class TimelineJobConfiguration {

    /** The step writing the run's own reports; its failure is the one told when both report steps fail. */
    public static final String REPORT_STEP = "report";
    /** The step writing the reports of all runs. */
    public static final String CUMULATIVE_REPORT_STEP = "cumulativeReport";

    @Bean
    ReportTasklet reportTasklet(StagedEventRepository events, SkippedItemRepository skipped,
                                JobRepository jobRepository) {
        return new ReportTasklet(events, skipped, jobRepository);
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ReportTasklet reportTasklet) {
        return new StepBuilder(REPORT_STEP, jobRepository)
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
        return new StepBuilder(CUMULATIVE_REPORT_STEP, jobRepository)
                .tasklet(cumulativeReportTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * The report and cumulative report steps side by side, each on a thread of its own: they only read the staged
     * events and write different files, so the job waits for the longer one instead of both. A failure of one lets
     * the other finish and fails the job; both steps are run again on a restart.
     */
    @Bean
    Flow reportsFlow(Step reportStep, Step cumulativeReportStep) {
        SimpleAsyncTaskExecutor reportThreads = new SimpleAsyncTaskExecutor("reports-");
        return new FlowBuilder<SimpleFlow>("reports")
                .split(reportThreads)
                .add(flowOf(reportStep), flowOf(cumulativeReportStep))
                .build();
    }

    private static Flow flowOf(Step step) {
        return new FlowBuilder<SimpleFlow>(step.getName() + "Flow").start(step).build();
    }

    @Bean
    Job timelineJob(JobRepository jobRepository, Step extractStep, Flow reportsFlow) {
        return new JobBuilder("timeline", jobRepository)
                .flow(extractStep)
                .next(reportsFlow)
                .end()
                .build();
    }

    /** Regenerates the reports of a run that already completed, from its staged events. */
    @Bean
    Job reportJob(JobRepository jobRepository, Flow reportsFlow) {
        return new JobBuilder("timelineReport", jobRepository)
                .start(reportsFlow)
                .end()
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
