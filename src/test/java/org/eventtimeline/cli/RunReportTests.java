package org.eventtimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class RunReportTests {

    private static final Path OUT = Path.of("/srv/reports/2025-03-29");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RunReport report = new RunReport(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private static JobExecution execution(BatchStatus status) {
        JobExecution execution = new JobExecution(7L, new JobInstance(3L, "timeline"), new JobParameters());
        execution.setStatus(status);
        execution.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.FAILED);
        return execution;
    }

    private static void step(JobExecution execution, long id, String name, Throwable failure) {
        StepExecution step = new StepExecution(id, name, execution);
        step.setStatus(failure == null ? BatchStatus.COMPLETED : BatchStatus.FAILED);
        if (failure != null) {
            step.addFailureException(failure);
        }
        execution.addStepExecution(step);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothReportStepsFailedTellsTheRunsOwnReportWhicheverEndedFirst() {
        // given both report steps failed, the cumulative one listed first (they run side by side)
        JobExecution execution = execution(BatchStatus.FAILED);
        step(execution, 1, "extract", null);
        step(execution, 3, "cumulativeReport", new IOException("cannot write /srv/reports/events.csv: No space "
                + "left on device"));
        step(execution, 2, "report", new IOException("cannot write /srv/reports/2025-03-29/events.csv: No space "
                + "left on device"));

        // when
        int exitCode = report.print(execution, OUT);

        // then
        assertThat(exitCode).isEqualTo(ExitCodes.FAILED);
        assertThat(errText()).isEqualTo("event-timeline: FAILED: cannot write /srv/reports/2025-03-29/events.csv: "
                + "No space left on device (run the same command again to resume)" + System.lineSeparator());
    }

    @Test
    void onlyTheCumulativeReportFailedTellsItsFailureInOneLine() {
        // given the run's report completed and the cumulative report could not create its directory
        JobExecution execution = execution(BatchStatus.FAILED);
        step(execution, 1, "extract", null);
        step(execution, 2, "report", null);
        step(execution, 3, "cumulativeReport", new IOException("cannot create the cumulative report directory "
                + "/srv/blocker: /srv/blocker is a file, not a directory"));

        // when
        int exitCode = report.print(execution, OUT);

        // then
        assertThat(exitCode).isEqualTo(ExitCodes.FAILED);
        assertThat(errText()).isEqualTo("event-timeline: FAILED: cannot create the cumulative report directory "
                + "/srv/blocker: /srv/blocker is a file, not a directory (run the same command again to resume)"
                + System.lineSeparator());
    }

    @Test
    void aPartitionsFailureIsToldBeforeThePartitionedStepsOwn() {
        // given a partition that failed on a bad file and the extract step that failed because of it
        JobExecution execution = execution(BatchStatus.FAILED);
        step(execution, 1, "extract", new IllegalStateException("Partition handler returned an unsuccessful step"));
        step(execution, 2, "extractPartition:partition-00001", new IllegalStateException("cannot read news.txt"));

        // when
        int exitCode = report.print(execution, OUT);

        // then
        assertThat(exitCode).isEqualTo(ExitCodes.FAILED);
        assertThat(errText()).isEqualTo("event-timeline: FAILED: cannot read news.txt (run the same command again "
                + "to resume)" + System.lineSeparator());
    }

    @Test
    void aCompletedRunSaysWhereItsReportsAre() {
        // given
        JobExecution execution = execution(BatchStatus.COMPLETED);
        step(execution, 2, "report", null);
        step(execution, 3, "cumulativeReport", null);

        // when
        int exitCode = report.print(execution, OUT);

        // then
        assertThat(exitCode).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("event-timeline: COMPLETED: reports in "
                + OUT + System.lineSeparator());
        assertThat(errText()).isEmpty();
    }
}
