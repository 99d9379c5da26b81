package org.eventtimeline.read;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads the partition size a run was first split with from its partitioned step's execution context, or records the
 * configured size there and saves it at once. A restart re-partitions the input and keeps the partitions that
 * completed, so it must cut the same ranges even if {@code event-timeline.partition.max-bytes} changed meanwhile.
 */
public final class RecordedPartitionSize {

    /** Key of the size in the partitioned step's execution context (carried over to its restarts). */
    public static final String KEY = "event-timeline.partition.max-bytes";

    private RecordedPartitionSize() {
    }

    public static long of(StepExecution partitionedStep, JobRepository jobRepository, long configured) {
        ExecutionContext context = partitionedStep.getExecutionContext();
        if (context.containsKey(KEY)) {
            return context.getLong(KEY);
        }
        context.putLong(KEY, configured);
        jobRepository.updateExecutionContext(partitionedStep);
        return configured;
    }
}
