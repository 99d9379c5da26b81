package org.eventtimeline.report;

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

    /** Writes a file's whole content to a stream; the stream may be closed or left open. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target} atomically, creating missing parent directories. */
    public void publish(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new KeepOpenStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
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
