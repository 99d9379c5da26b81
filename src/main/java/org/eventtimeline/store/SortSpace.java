package org.eventtimeline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory for the files of {@link ExternalSort}s: gives each sort a directory named after this process's pid,
 * and removes the directories that processes no longer alive left behind (a killed run cannot delete its own).
 */
public final class SortSpace {

    private static final String PREFIX = "sort-";

    private final Path root;
    private boolean swept;

    public SortSpace(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A new, empty directory under the root, for one sort. */
    Path newDirectory() throws IOException {
        Files.createDirectories(root);
        sweepOnce();
        return Files.createTempDirectory(root, PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** The report steps run side by side: their first sorts must not both delete the same directory's files. */
    private synchronized void sweepOnce() throws IOException {
        if (!swept) {
            sweep();
            swept = true;
        }
    }

    /** Deletes a sort's directory and its files. */
    void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete sort files in " + dir, e);
        }
    }

    /** Deletes the sort directories of processes that have ended. */
    void sweep() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        }
        for (Path dir : dirs) {
            Long pid = pidOf(dir.getFileName().toString());
            if (pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            delete(dir);
        }
    }

    private static Long pidOf(String name) {
        int end = name.indexOf('-', PREFIX.length());
        if (end < 0) {
            return null;
        }
        try {
            return Long.parseLong(name.substring(PREFIX.length(), end));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
