package org.eventtimeline.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eventtimeline.domain.EventRecord;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

class ProgressListenerTests {

    private static StepExecution extractStep() {
        return new StepExecution(1L, "extract", new JobExecution(1L, new JobInstance(1L, "timeline"),
                new JobParameters()));
    }

    @SafeVarargs
    private static Chunk<List<EventRecord>> chunk(List<EventRecord>... items) {
        return new Chunk<>(List.of(items));
    }

    @Test
    void sumsCharactersItemsAndEventsOverAllPartitionsAndStartsAfreshWithEachRun() {
        // given a listener on a 1 MB input, drawing to a captured terminal
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ProgressListener listener = new ProgressListener(step -> 1_048_576, Duration.ofHours(1),
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
        listener.beforeStep(extractStep());
        ItemWriteListener<List<EventRecord>> first = listener.chunkListener();
        ItemWriteListener<List<EventRecord>> second = listener.chunkListener();

        // when two partitions read half a megabyte each and write chunks of 3 and 2 items with 1 + 0 + 0 + 2 events
        listener.charsRead(524_288);
        first.afterWrite(chunk(List.of(), List.of(), List.of()));
        listener.charsRead(524_288);
        EventRecord event = null; // the listener counts records, it never reads them
        second.afterWrite(chunk(java.util.Collections.singletonList(event), java.util.Arrays.asList(event, event)));

        // then the last line counts both partitions
        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertThat(drawn.substring(drawn.lastIndexOf('\r') + 1))
                .startsWith("[##############################] 1.0/1.0 MB (100%), 5 items, 3 events, ");

        // and a new run of the step starts from zero
        listener.beforeStep(extractStep());
        listener.charsRead(104_858);
        first.afterWrite(chunk(List.of()));
        drawn = terminal.toString(StandardCharsets.UTF_8);
        assertThat(drawn.substring(drawn.lastIndexOf('\r') + 1))
                .startsWith("[###...........................] 0.1/1.0 MB (10%), 1 items, 0 events, ");
    }

    /**
     * Runs the step on a 1,000,000-byte input: {@code charsRead} characters counted, one chunk of {@code items}
     * items, then the step ends with {@code status}; returns the last line drawn on the terminal.
     */
    private static String lastLineAfter(long charsRead, int items, BatchStatus status) {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ProgressListener listener = new ProgressListener(step -> 1_000_000, Duration.ofHours(1),
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
        StepExecution step = extractStep();
        listener.beforeStep(step);
        listener.charsRead(charsRead);
        listener.chunkListener().afterWrite(new Chunk<>(java.util.Collections.nCopies(items, List.<EventRecord>of())));
        step.setStatus(status);
        listener.afterStep(step);
        String drawn = terminal.toString(StandardCharsets.UTF_8).strip();
        return drawn.substring(drawn.lastIndexOf('\r') + 1);
    }

    @Test
    void aCompletedStepEndsAtTheWholeInputEvenWhenItsCharactersUndercountItsBytes() {
        // given a 1,000,000-byte input of which 980,000 characters were counted (multi-byte UTF-8 text), 2 items
        // when the step completes
        String last = lastLineAfter(980_000, 2, BatchStatus.COMPLETED);

        // then the last line shows the whole input read
        assertThat(last).startsWith("[##############################] 1.0/1.0 MB (100%), 2 items, 0 events, ");
    }

    @Test
    void aFailedStepEndsAtWhatItRead() {
        // given a 1,000,000-byte input of which half was read, 1 item
        // when the step fails
        String last = lastLineAfter(500_000, 1, BatchStatus.FAILED);

        // then the last line stays at half
        assertThat(last).contains("0.5/1.0 MB (50%), 1 items");
    }
}
