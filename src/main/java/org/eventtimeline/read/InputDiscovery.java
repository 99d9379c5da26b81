package org.eventtimeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the {@code --input} path and produces the files to process: the file itself, or every {@code .txt} and
 * {@code .jsonl} file of a directory in name order. Rejects missing, empty and binary inputs with an
 * {@link InputProblem}.
 */
public final class InputDiscovery {

    private static final int SNIFF_BYTES = 8192;

    public List<InputFile> discover(Path input) {
        if (!Files.exists(input)) {
            throw new InputProblem("input not found: " + input);
        }
        if (!Files.isReadable(input)) {
            throw new InputProblem("input is not readable: " + input);
        }
        List<InputFile> files = Files.isDirectory(input) ? listDirectory(input) : List.of(single(input));
        for (InputFile file : files) {
            check(file.path());
        }
        return files;
    }

    private InputFile single(Path file) {
        InputFormat format = InputFormat.of(file).orElseThrow(() ->
                new InputProblem("unsupported input type (expected .txt or .jsonl): " + file));
        return new InputFile(file, format);
    }

    private List<InputFile> listDirectory(Path directory) {
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(p -> InputFormat.of(p).ifPresent(f -> files.add(new InputFile(p, f))));
        } catch (IOException e) {
            throw new InputProblem("cannot list input directory " + directory + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputProblem("no .txt or .jsonl files in input directory: " + directory);
        }
        return files;
    }

    private void check(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new InputProblem("input file is empty: " + file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(SNIFF_BYTES);
                for (byte b : head) {
                    if (b == 0) {
                        throw new InputProblem("input file is not text (it contains NUL bytes): " + file);
                    }
                }
            }
        } catch (IOException e) {
            throw new InputProblem("cannot read input file " + file + ": " + e.getMessage());
        }
    }
}
