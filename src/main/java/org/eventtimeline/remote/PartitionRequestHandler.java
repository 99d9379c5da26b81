package org.eventtimeline.remote;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Reads a partition request that a worker received from the broker and runs that partition's step execution, unless
 * the job repository says it already completed (a request redelivered after its worker died between finishing the
 * step and acknowledging the message). A request redelivered because its worker died mid-step resumes the step from
 * its last committed chunk: the step execution and its reader position live in the shared job repository. A request
 * left over from a job execution that is no longer running (the manager died and a rerun recovered it) is dropped.
 */
public class PartitionRequestHandler {

    private static final Log log = LogFactory.getLog(PartitionRequestHandler.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler delegate;

    public PartitionRequestHandler(JobRepository jobRepository, StepExecutionRequestHandler delegate) {
        this.jobRepository = jobRepository;
        this.delegate = delegate;
    }

    /** Runs the requested step execution, or does nothing if it is already complete; returns its final state. */
    public StepExecution handle(StepExecutionRequest request) {
        StepExecution current = jobRepository.getStepExecution(request.getStepExecutionId());
        if (current == null) {
            throw new IllegalStateException("no step execution " + request.getStepExecutionId()
                    + " in the job repository; is this worker on the manager's database?");
        }
        if (current.getStatus() == BatchStatus.COMPLETED) {
            log.info("worker: " + current.getStepName() + " (step execution " + current.getId()
                    + ") already completed; request dropped");
            return current;
        }
        if (!current.getJobExecution().isRunning()) {
            log.info("worker: " + current.getStepName() + " (step execution " + current.getId() + ") belongs to job "
                    + "execution " + current.getJobExecutionId() + ", which is " + current.getJobExecution().getStatus()
                    + "; request dropped (a rerun of the job sends its own)");
            return current;
        }
        log.info("worker: running " + current.getStepName() + " (step execution " + current.getId() + ", "
                + (current.getStatus() == BatchStatus.STARTING ? "new" : "was " + current.getStatus()) + ")");
        StepExecution result = delegate.handle(request);
        log.info("worker: finished " + result.getStepName() + " (step execution " + result.getId() + ") "
                + result.getStatus() + ", read " + result.getReadCount() + ", wrote " + result.getWriteCount());
        return result;
    }
}
