package org.eventtimeline.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** Reads the input files' sizes and produces their total in bytes, the measure progress is reported against. */
public final class InputSize {

    private InputSize() {
    }

    /** The total size of the files an {@code --input} path names. */
    public static long ofInput(String input) {
        return of(new InputDiscovery().discover(java.nio.file.Path.of(input)));
    }

    public static long of(List<InputFile> files) {
        long total = 0;
        for (InputFile file : files) {
            try {
                total += Files.size(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }
}
