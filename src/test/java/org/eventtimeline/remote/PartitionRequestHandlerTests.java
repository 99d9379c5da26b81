package org.eventtimeline.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/** Which partition requests a worker runs and which it drops, read from the job repository's state. */
class PartitionRequestHandlerTests {

    private final JobRepository repository = mock(JobRepository.class);
    private final List<Long> executed = new ArrayList<>();

    private PartitionRequestHandler handler() {
        Step step = new Step() {
            @Override
            public String getName() {
                return "extractPartition";
            }

            @Override
            public void execute(StepExecution execution) {
                executed.add(execution.getId());
                execution.setStatus(BatchStatus.COMPLETED);
            }
        };
        StepExecutionRequestHandler runner = new StepExecutionRequestHandler();
        runner.setJobRepository(repository);
        runner.setStepLocator(new StepsByName(List.of(step)));
        return new PartitionRequestHandler(repository, runner);
    }

    private StepExecution stored(long id, BatchStatus stepStatus, BatchStatus jobStatus) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "timeline"), new JobParameters());
        job.setStatus(jobStatus);
        StepExecution step = new StepExecution(id, "extractPartition:partition-00003", job);
        step.setStatus(stepStatus);
        when(repository.getStepExecution(id)).thenReturn(step);
        return step;
    }

    @Test
    void aNewPartitionOfARunningJobIsRun() {
        // given a partition the manager has just created
        stored(7L, BatchStatus.STARTING, BatchStatus.STARTED);

        // when its request arrives
        StepExecution result = handler().handle(new StepExecutionRequest("extractPartition", 7L));

        // then the worker step ran it
        assertThat(executed).containsExactly(7L);
        assertThat(result.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aPartitionLeftStartedByADeadWorkerIsRunAgain() {
        // given a partition whose worker died mid-step: the repository still says STARTED
        stored(8L, BatchStatus.STARTED, BatchStatus.STARTED);

        // when the broker redelivers its request
        handler().handle(new StepExecutionRequest("extractPartition", 8L));

        // then this worker runs the same step execution (resuming from its saved reader position)
        assertThat(executed).containsExactly(8L);
    }

    @Test
    void aCompletedPartitionIsNotRunTwice() {
        // given a partition that completed before its worker could acknowledge the request
        stored(9L, BatchStatus.COMPLETED, BatchStatus.STARTED);

        // when the request is redelivered
        StepExecution result = handler().handle(new StepExecutionRequest("extractPartition", 9L));

        // then nothing runs
        assertThat(executed).isEmpty();
        assertThat(result.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aRequestOfAJobExecutionThatNoLongerRunsIsDropped() {
        // given a request left in the queue by a manager that died; a rerun marked its execution FAILED
        stored(10L, BatchStatus.STARTED, BatchStatus.FAILED);

        // when a worker takes it
        handler().handle(new StepExecutionRequest("extractPartition", 10L));

        // then it does not run: the rerun's own execution sends its own requests
        assertThat(executed).isEmpty();
    }

    @Test
    void aRequestForAStepExecutionTheRepositoryDoesNotHoldFails() {
        // given a worker on another database than the manager's
        // when a request arrives for an id that database does not know, then it fails, naming the likely cause
        assertThatThrownBy(() -> handler().handle(new StepExecutionRequest("extractPartition", 11L)))
                .hasMessageContaining("no step execution 11");
    }
}
