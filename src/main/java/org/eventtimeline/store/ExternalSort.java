package org.eventtimeline.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Reads rows in any order and gives them back sorted, in bounded memory: rows are buffered up to a byte budget, each
 * full buffer is sorted and written to a file of its own in a private temporary directory, and the files are merged.
 * Rows that compare equal keep the order they were added in. Once sorting began, the sorted rows can be read any
 * number of times; close it to delete its files.
 */
final class ExternalSort<T> implements AutoCloseable {

    /** Writes and reads one row, and estimates the heap it takes while buffered. */
    interface Codec<T> {
        void write(DataOutputStream out, T row) throws IOException;

        T read(DataInputStream in) throws IOException;

        long heapBytes(T row);
    }

    /**
     * Read buffer per sort file while merging: every file is open at once (a 1 GB input gives a few hundred), so
     * the heap they take grows with the input unless each buffer is small.
     */
    private static final int READ_BUFFER = 1 << 13;

    private final Comparator<T> order;
    private final Codec<T> codec;
    private final long budgetBytes;
    private final SortSpace space;
    private final List<T> buffer = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();
    private long buffered;
    private Path dir;
    private boolean sorting;

    ExternalSort(Comparator<T> order, Codec<T> codec, long budgetBytes, SortSpace space) {
        this.order = order;
        this.codec = codec;
        this.budgetBytes = budgetBytes;
        this.space = space;
    }

    /** Writes a string of any length (DataOutput.writeUTF stops at 64 KB). */
    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a string written by {@link #writeText}. */
    static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Adds a row; writes the buffer out once it holds the byte budget. */
    void add(T row) {
        if (sorting) {
            throw new IllegalStateException("rows added after sorting began");
        }
        buffer.add(row);
        buffered += codec.heapBytes(row);
        if (buffered >= budgetBytes) {
            spill();
        }
    }

    /** The rows added, sorted; no row can be added once this was called. */
    Iterator<T> sorted() {
        if (!sorting) {
            sorting = true;
            buffer.sort(order);
        }
        if (runs.isEmpty()) {
            return buffer.iterator();
        }
        List<Iterator<T>> sources = new ArrayList<>();
        for (Run run : runs) {
            sources.add(read(run));
        }
        sources.add(buffer.iterator());
        return new Merge(sources);
    }

    /** Deletes the files written so far. */
    @Override
    public void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the file is deleted next; nothing else holds it
            }
        }
        open.clear();
        if (dir != null) {
            space.delete(dir);
            dir = null;
        }
        buffer.clear();
    }

    private void spill() {
        buffer.sort(order);
        try {
            if (dir == null) {
                dir = space.newDirectory();
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve("run-" + runs.size());
            file.toFile().deleteOnExit();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    1 << 16))) {
                for (T row : buffer) {
                    codec.write(out, row);
                }
            }
            runs.add(new Run(file, buffer.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sort file under " + space.root(), e);
        }
        buffer.clear();
        buffered = 0;
    }

    private Iterator<T> read(Run run) {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), READ_BUFFER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sort file " + run.file(), e);
        }
        open.add(in);
        return new Iterator<>() {
            private int left = run.rows();

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public T next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                left--;
                try {
                    return codec.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read sort file " + run.file(), e);
                }
            }
        };
    }

    private record Run(Path file, int rows) {
    }

    /** Merges sorted sources; on equal rows the earlier source (added earlier) comes first. */
    private final class Merge implements Iterator<T> {

        private record Head<T>(T row, int source) {
        }

        private final List<Iterator<T>> sources;
        private final PriorityQueue<Head<T>> heads;

        Merge(List<Iterator<T>> sources) {
            this.sources = sources;
            Comparator<Head<T>> byRow = (a, b) -> order.compare(a.row(), b.row());
            this.heads = new PriorityQueue<>(Math.max(1, sources.size()),
                    byRow.thenComparingInt(Head::source));
            for (int i = 0; i < sources.size(); i++) {
                advance(i);
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public T next() {
            Head<T> head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            advance(head.source());
            return head.row();
        }

        private void advance(int source) {
            Iterator<T> it = sources.get(source);
            if (it.hasNext()) {
                heads.add(new Head<>(it.next(), source));
            }
        }
    }
}
