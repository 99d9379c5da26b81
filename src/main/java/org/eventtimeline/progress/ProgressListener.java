package org.eventtimeline.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

import org.eventtimeline.domain.EventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Hears the chunk writes of all the extract step's partitions (Spring Batch 6 calls no chunk listener when items are
 * processed concurrently) and logs the sum over partitions of characters read, items and events with a rate and an
 * ETA at a steady interval; on a terminal it also redraws a one-line progress bar. It listens to the partitioned
 * {@code extract} step as a step listener (start and end) and to each partition through {@link #chunkListener()};
 * partitions call it from several threads.
 */
public class ProgressListener implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);

    private final ToLongFunction<StepExecution> totalBytes;
    private final long intervalNanos;
    private final PrintStream terminal;
    private final LongAdder charsRead = new LongAdder();
    private final LongAdder items = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final AtomicLong lastLogAt = new AtomicLong();
    private volatile long total = 1;
    private volatile long startedAt = System.nanoTime();

    /**
     * {@code totalBytes} gives the input's size at each step start; {@code terminal} is null
     * when the output is not a terminal: then only the log lines are written.
     */
    public ProgressListener(ToLongFunction<StepExecution> totalBytes, Duration interval, PrintStream terminal) {
        this.totalBytes = totalBytes;
        this.intervalNanos = interval.toNanos();
        this.terminal = terminal;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        charsRead.reset();
        items.reset();
        events.reset();
        total = Math.max(1, totalBytes.applyAsLong(stepExecution));
        startedAt = System.nanoTime();
        lastLogAt.set(startedAt);
    }

    /** Counts characters read by a partition's reader (line breaks counted as one). */
    public void charsRead(long chars) {
        charsRead.add(chars);
    }

    /** The listener each partition's chunk step registers: it counts written items and their events. */
    public ItemWriteListener<List<EventRecord>> chunkListener() {
        return new ItemWriteListener<>() {
            @Override
            public void afterWrite(Chunk<? extends List<EventRecord>> chunk) {
                chunkWritten(chunk);
            }
        };
    }

    private void chunkWritten(Chunk<? extends List<EventRecord>> chunk) {
        long found = 0;
        for (List<EventRecord> records : chunk) {
            found += records.size();
        }
        events.add(found);
        items.add(chunk.size());
        long now = System.nanoTime();
        if (terminal != null) {
            synchronized (terminal) {
                terminal.print("\r" + ProgressLine.bar(charsRead.sum(), total, 30) + " " + line(now));
                terminal.flush();
            }
        }
        long last = lastLogAt.get();
        if (now - last >= intervalNanos && lastLogAt.compareAndSet(last, now)) {
            LOG.info(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        // Characters undercount the bytes of non-ASCII text: a completed step has read its whole input.
        long read = stepExecution.getStatus() == BatchStatus.COMPLETED
                ? Math.max(charsRead.sum(), total) : charsRead.sum();
        long now = System.nanoTime();
        if (terminal != null) {
            synchronized (terminal) {
                terminal.println("\r" + ProgressLine.bar(read, total, 30) + " " + line(read, now));
            }
        }
        LOG.info("extract finished: " + line(read, now));
        return stepExecution.getExitStatus();
    }

    private String line(long now) {
        return line(charsRead.sum(), now);
    }

    private String line(long read, long now) {
        return ProgressLine.format(read, total, items.sum(), events.sum(), Duration.ofNanos(now - startedAt));
    }
}
