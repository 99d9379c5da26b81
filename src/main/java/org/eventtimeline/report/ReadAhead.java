package org.eventtimeline.report;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Walks an iterable (the staged events: database pages, sort files, JSON) on a thread of its own, up to a fixed
 * number of items ahead of its reader, so that reading the events and writing the report files use two cores. The
 * items come in the source's order; a failure of the source is thrown to the reader. Close it when done: that stops
 * the thread after its current item and waits for it, and it never interrupts the thread (an interrupt would close
 * the database's file channels). A source iterator that is {@link AutoCloseable} (a sort's, holding files) is closed
 * on the reading thread once it is done with it: at the end, on a failure, or when the reader closed early.
 */
public final class ReadAhead<T> implements Iterable<T>, AutoCloseable {

    private static final Object END = new Object();
    private static final long WAIT_MILLIS = 50;

    private final Iterable<T> source;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private boolean started;

    public ReadAhead(Iterable<T> source, int capacity, String threadName) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::produce, threadName);
        this.thread.setDaemon(true);
    }

    /** The items in the source's order; one walk only. */
    @Override
    public Iterator<T> iterator() {
        if (started) {
            throw new IllegalStateException("a read-ahead is walked once");
        }
        started = true;
        thread.start();
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take();
                }
                if (next instanceof Failure failure) {
                    next = END;
                    throw failure.rethrown();
                }
                return next != END;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = (T) next;
                next = null;
                return item;
            }
        };
    }

    /** Stops the reading thread after its current item and waits until it ended. */
    @Override
    public void close() {
        closed = true;
        if (started) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void produce() {
        Iterator<T> items = null;
        try {
            items = source.iterator();
            while (items.hasNext()) {
                if (!put(items.next())) {
                    return;
                }
            }
            put(END);
        } catch (RuntimeException | Error e) {
            put(new Failure(e));
        } finally {
            closeQuietly(items);
        }
    }

    /** Closes the source's iterator when it holds resources; a failure to close is the reader's to hear of. */
    private void closeQuietly(Iterator<T> items) {
        if (items instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                put(new Failure(e));
            }
        }
    }

    /** Waits for room in the queue; false once the reader closed this read-ahead. */
    private boolean put(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading events", e);
        }
    }

    /** A failure of the source, handed to the reader in the place of the next item. */
    private record Failure(Throwable cause) {

        RuntimeException rethrown() {
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IllegalStateException(cause);
        }
    }
}
