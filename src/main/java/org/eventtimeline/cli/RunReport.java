package org.eventtimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eventtimeline.job.ExtractStepConfiguration;
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

    private static String firstFailure(JobExecution execution) {
        // A partition's own failure says what went wrong; the partitioned step's only says that a partition failed.
        Throwable failure = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(ExtractStepConfiguration.WORKER_STEP + ":"))
                .flatMap(step -> step.getFailureExceptions().stream())
                .findFirst()
                .orElse(execution.getAllFailureExceptions().stream().findFirst().orElse(null));
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
