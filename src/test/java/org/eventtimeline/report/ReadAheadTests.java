package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void itemsArriveInTheSourcesOrderFromAnotherThread() {
        // given a source of 10,000 numbers that notes the thread reading it, and room for 16 items ahead
        AtomicReference<String> readingThread = new AtomicReference<>();
        Iterable<Integer> source = () -> {
            readingThread.set(Thread.currentThread().getName());
            return IntStream.range(0, 10_000).iterator();
        };
        List<Integer> read = new ArrayList<>();

        // when
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, 16, "reader-under-test")) {
            ahead.forEach(read::add);
        }

        // then
        assertThat(read).hasSize(10_000).isSortedAccordingTo(Integer::compare);
        assertThat(read.get(9_999)).isEqualTo(9_999);
        assertThat(readingThread.get()).isEqualTo("reader-under-test");
    }

    @Test
    void aFailureOfTheSourceReachesTheReaderAfterTheItemsBeforeIt() {
        // given a source that fails after three items
        Iterable<String> source = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (n == 3) {
                    throw new UncheckedIOException("cannot read sort file run-0", new IOException("disk"));
                }
                return "item " + n++;
            }
        };
        List<String> read = new ArrayList<>();

        // when / then
        try (ReadAhead<String> ahead = new ReadAhead<>(source, 2, "reader")) {
            assertThatThrownBy(() -> ahead.forEach(read::add))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot read sort file run-0");
        }
        assertThat(read).containsExactly("item 0", "item 1", "item 2");
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThread() {
        // given an endless source and a reader that takes five items
        AtomicInteger produced = new AtomicInteger();
        Iterable<Integer> endless = () -> IntStream.iterate(0, i -> produced.incrementAndGet()).iterator();
        ReadAhead<Integer> ahead = new ReadAhead<>(endless, 4, "reader");
        Iterator<Integer> it = ahead.iterator();
        for (int i = 0; i < 5; i++) {
            it.next();
        }

        // when
        ahead.close();

        // then the thread ended having read at most a queue and an item beyond what was taken
        int stoppedAt = produced.get();
        assertThat(stoppedAt).isBetween(5, 5 + 4 + 1);
        assertThat(produced.get()).isEqualTo(stoppedAt);
    }

    @Test
    void aReaderThatStopsPartWayLeavesTheSourceIteratorClosed() {
        // given a closeable source of 10,000 numbers (a sort holding files) and a reader that fails after three
        AtomicInteger closed = new AtomicInteger();
        Iterable<Integer> source = () -> new ClosingIterator(IntStream.range(0, 10_000).iterator(), closed);
        List<Integer> read = new ArrayList<>();

        // when the reader fails part-way and the read-ahead is closed
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, 4, "reader")) {
            for (Integer item : ahead) {
                read.add(item);
                if (read.size() == 3) {
                    break;
                }
            }
        }

        // then the source's iterator was closed once, by the time close returned
        assertThat(read).containsExactly(0, 1, 2);
        assertThat(closed.get()).isEqualTo(1);
    }

    @Test
    void aSourceReadToItsEndIsClosedToo() {
        // given a closeable source of five numbers
        AtomicInteger closed = new AtomicInteger();
        Iterable<Integer> source = () -> new ClosingIterator(IntStream.range(0, 5).iterator(), closed);
        List<Integer> read = new ArrayList<>();

        // when it is read to the end
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, 2, "reader")) {
            ahead.forEach(read::add);
        }

        // then
        assertThat(read).containsExactly(0, 1, 2, 3, 4);
        assertThat(closed.get()).isEqualTo(1);
    }

    /** An iterator that counts how often it was closed. */
    private record ClosingIterator(Iterator<Integer> items, AtomicInteger closed)
            implements Iterator<Integer>, AutoCloseable {

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public Integer next() {
            return items.next();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
