package org.eventtimeline.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.job.JobParameterNames;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputFile;
import org.eventtimeline.read.InputProblem;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the command line, starts (or restarts) the timeline job for it and sets the process exit code: 0 completed,
 * 1 failed, 2 bad arguments. A run that already completed for the same input and date only regenerates its reports.
 */
@Component
@ConditionalOnExpression("${event-timeline.command.enabled:true} and '${event-timeline.mode:local}' != 'worker'")
public class RunCommand implements ApplicationRunner, ExitCodeGenerator {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job timelineJob;
    private final Job reportJob;
    private final Clock clock;
    private final Environment environment;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode = ExitCodes.COMPLETED;

    public RunCommand(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("timelineJob") Job timelineJob,
                      @Qualifier("reportJob") Job reportJob, Clock clock, Environment environment) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.timelineJob = timelineJob;
        this.reportJob = reportJob;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        RunArguments arguments;
        List<InputFile> files;
        try {
            arguments = RunArguments.from(environment, LocalDate.now(clock));
            files = new InputDiscovery().discover(arguments.input());
        } catch (BadArgumentException | InputProblem e) {
            err.println("event-timeline: " + e.getMessage());
            exitCode = ExitCodes.BAD_ARGUMENTS;
            return;
        }
        JobParameters parameters = parameters(arguments, files);
        JobExecution last = jobRepository.getLastJobExecution(timelineJob.getName(), parameters);
        JobExecution execution;
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            out.println("event-timeline: this input and reference date already completed (execution "
                    + last.getId() + "); regenerating the reports from the staging table");
            execution = jobOperator.start(reportJob, new JobParametersBuilder(parameters)
                    .addLong("regeneratedAt", clock.millis()).toJobParameters());
        } else {
            if (last != null && last.getStatus().isRunning()) {
                // We hold the database's lock, so no other process runs it: the last run was killed. Mark it
                // failed so that Spring Batch restarts it from its last committed chunk.
                jobOperator.recover(last);
                out.println("event-timeline: resuming execution " + last.getId() + " that was interrupted");
            }
            execution = jobOperator.start(timelineJob, parameters);
        }
        exitCode = new RunReport(out, err).print(execution, arguments.outputDir());
    }

    private static JobParameters parameters(RunArguments arguments, List<InputFile> files) {
        String input = arguments.input().toString();
        RunIdentity identity = RunIdentity.of(input, arguments.referenceDate(), files);
        return new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input, true)
                .addString(JobParameterNames.REFERENCE_DATE, arguments.referenceDate().toString(), true)
                .addString(JobParameterNames.FINGERPRINT, identity.fingerprint(), true)
                .addString(JobParameterNames.OUTPUT_DIR, arguments.outputDir().toString(), false)
                .addString(JobParameterNames.RUN_KEY, identity.runKey(), false)
                .toJobParameters();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
