package org.eventtimeline.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import org.eventtimeline.domain.EventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Hears the extract step's chunk writes (Spring Batch 6 calls no chunk listener when items are processed
 * concurrently) and logs processed MB, items, events and an ETA at a steady interval; on a
 * terminal it also redraws a one-line progress bar.
 */
public class ProgressListener implements ItemWriteListener<List<EventRecord>>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);

    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final long intervalNanos;
    private final PrintStream terminal;
    private StepExecution step;
    private long startedAt;
    private long lastLogAt;
    private long events;

    /** {@code terminal} is null when the output is not a terminal: then only the log lines are written. */
    public ProgressListener(long totalBytes, LongSupplier bytesRead, Duration interval, PrintStream terminal) {
        this.totalBytes = Math.max(1, totalBytes);
        this.bytesRead = bytesRead;
        this.intervalNanos = interval.toNanos();
        this.terminal = terminal;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        startedAt = System.nanoTime();
        lastLogAt = startedAt;
    }

    @Override
    public void afterWrite(Chunk<? extends List<EventRecord>> chunk) {
        for (List<EventRecord> records : chunk) {
            events += records.size();
        }
        long now = System.nanoTime();
        if (terminal != null) {
            terminal.print("\r" + ProgressLine.bar(bytesRead.getAsLong(), totalBytes, 30) + " " + line(now));
            terminal.flush();
        }
        if (now - lastLogAt >= intervalNanos) {
            lastLogAt = now;
            LOG.info(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal != null) {
            terminal.println();
        }
        LOG.info("extract finished: " + line(System.nanoTime()));
        return stepExecution.getExitStatus();
    }

    private String line(long now) {
        long read = bytesRead.getAsLong();
        return ProgressLine.format(read, totalBytes, step == null ? 0 : step.getReadCount(), events,
                Duration.ofNanos(now - startedAt));
    }
}
