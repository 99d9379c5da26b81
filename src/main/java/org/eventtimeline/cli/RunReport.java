package org.eventtimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;

import org.eventtimeline.job.ExtractStepConfiguration;
import org.eventtimeline.job.TimelineJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

/** Reads a finished job execution and prints its one-screen outcome; returns the exit code it stands for. */
final class RunReport {

    private final PrintStream out;
    private final PrintStream err;

    RunReport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int print(JobExecution execution, Path outputDir) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals("extract")) {
                out.printf("event-timeline: extract: read %d, events from %d items, filtered %d, skipped %d, "
                                + "commits %d%n", step.getReadCount(), step.getWriteCount(), step.getFilterCount(),
                        step.getSkipCount(), step.getCommitCount());
            }
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("event-timeline: COMPLETED: reports in " + outputDir);
            return ExitCodes.COMPLETED;
        }
        err.println("event-timeline: " + execution.getStatus() + ": " + firstFailure(execution)
                + " (run the same command again to resume)");
        return ExitCodes.FAILED;
    }

    /** Whose failure is told first: a partition's, the run's report's, any other step's, then the partitioned one's. */
    private static int rank(StepExecution step) {
        String name = step.getStepName();
        if (name.startsWith(ExtractStepConfiguration.WORKER_STEP + ":")) {
            return 0;
        }
        if (name.equals(TimelineJobConfiguration.REPORT_STEP)) {
            return 1;
        }
        return name.equals("extract") ? 3 : 2;
    }

    private static String firstFailure(JobExecution execution) {
        // A partition's own failure says what went wrong; the partitioned step's only says that a partition failed.
        // The report steps run side by side and may both fail: the run's own report's failure is told.
        Throwable failure = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingInt(RunReport::rank))
                .flatMap(step -> step.getFailureExceptions().stream())
                .findFirst()
                .orElse(execution.getFailureExceptions().stream().findFirst().orElse(null));
        if (failure == null) {
            return execution.getExitStatus().getExitDescription();
        }
        String limit = "";
        Throwable root = failure;
        while (true) {
            if (root instanceof SkipLimitExceededException exceeded) {
                limit = "more bad items than the skip limit (event-timeline.skip-limit=" + exceeded.getSkipLimit()
                        + "); the last: ";
            }
            if (root.getCause() == null || root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return limit + message.lines().findFirst().orElse(message);
    }
}
