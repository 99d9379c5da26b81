package org.eventtimeline.report;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads a target path and a content writer; produces the file by writing a hidden temporary file in the same
 * directory and moving it into place atomically, so readers see either the previous file or the complete new one.
 * On any failure the temporary file is deleted and the previous file stays untouched. Stateless and thread-safe.
 */
public final class AtomicFilePublisher {

    private static final int NAME_ATTEMPTS = 10;
    private static final int BUFFER_BYTES = 1 << 16;

    /** Writes a file's whole content to a stream; the stream may be closed or left open. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target} atomically, creating missing parent directories. */
    public void publish(Path target, Content content) throws IOException {
        try (Pending pending = begin(target)) {
            content.writeTo(pending.stream());
            pending.publish();
        }
    }

    /**
     * Starts a file for {@code target}, creating missing parent directories: the caller writes it through
     * {@link Pending#stream()}, then {@link Pending#publish() publishes} it; closing a pending file that was not
     * published deletes it and leaves the previous file untouched. Lets a caller write several files before it
     * publishes any of them.
     */
    public Pending begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            return new Pending(absolute, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /** A temporary file being written for a target: publish it, or close it to throw it away. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream out;
        private boolean done;

        private Pending(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.out = new BufferedOutputStream(new KeepOpenStream(Channels.newOutputStream(channel)), BUFFER_BYTES);
        }

        /** Where the content goes; closing it only flushes. */
        public OutputStream stream() {
            return out;
        }

        /** Forces the content to disk and moves it over the target atomically. */
        public void publish() throws IOException {
            if (done) {
                throw new IllegalStateException(target + " was already published or discarded");
            }
            try {
                out.flush();
                channel.force(true);
                channel.close();
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                done = true;
            } catch (IOException | RuntimeException | Error e) {
                discard(e);
                throw e;
            }
        }

        /** Deletes the temporary file unless it was published. */
        @Override
        public void close() throws IOException {
            if (!done) {
                discard(null);
            }
        }

        private void discard(Throwable cause) throws IOException {
            done = true;
            try {
                channel.close();
            } catch (IOException e) {
                if (cause == null) {
                    throw e;
                }
                cause.addSuppressed(e);
            }
            if (cause == null) {
                Files.deleteIfExists(temp);
            } else {
                deleteQuietly(temp, cause);
            }
        }
    }

    /** The temporary file's name for a target: hidden, random, ending in .tmp. */
    static String tempName(String targetName) {
        return "." + targetName + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    private static Path createTemp(Path directory, String targetName) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                // createFile, unlike createTempFile, gives the file the default (umask) permissions of a report
                return Files.createFile(directory.resolve(tempName(targetName)));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Passes writes through and turns close into flush, so the publisher can force the file to disk after. */
    private static final class KeepOpenStream extends FilterOutputStream {
        KeepOpenStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
