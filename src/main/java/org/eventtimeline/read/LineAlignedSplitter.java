package org.eventtimeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's bytes and produces its ranges: the whole file when it is at most {@code maxBytes} long, otherwise
 * ranges of {@code maxBytes} rounded up to the next line start. Each range's first line number counts line breaks as
 * {@link java.io.BufferedReader#readLine()} does (LF, CRLF or a lone CR), so it is the line number a whole-file read
 * gives; ranges are only cut after an LF, never between a CR and its LF.
 */
public final class LineAlignedSplitter {

    private static final int BUFFER = 1 << 16;

    private final long maxBytes;

    public LineAlignedSplitter(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("max bytes per partition must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public List<InputRange> split(InputFile file) {
        try {
            long size = Files.size(file.path());
            return size <= maxBytes ? List.of(new InputRange(file, 0, size, 1)) : scan(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split " + file.path(), e);
        }
    }

    private List<InputRange> scan(InputFile file) throws IOException {
        List<InputRange> ranges = new ArrayList<>();
        long rangeStart = 0;
        long rangeStartLine = 1;
        long lineBreaks = 0;
        long position = 0;
        boolean afterCr = false;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file.path())) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    position++;
                    if (b == '\r') {
                        lineBreaks++;
                        afterCr = true;
                        continue;
                    }
                    if (b == '\n') {
                        if (!afterCr) {
                            lineBreaks++;
                        }
                        if (position - rangeStart >= maxBytes) {
                            ranges.add(new InputRange(file, rangeStart, position, rangeStartLine));
                            rangeStart = position;
                            rangeStartLine = lineBreaks + 1;
                        }
                    }
                    afterCr = false;
                }
            }
        }
        if (position > rangeStart || ranges.isEmpty()) {
            ranges.add(new InputRange(file, rangeStart, position, rangeStartLine));
        }
        return ranges;
    }
}
