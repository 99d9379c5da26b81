package org.eventtimeline.read;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file line by line with 1-based line numbers: drops a leading byte-order mark, accepts LF and CRLF,
 * and replaces invalid byte sequences with U+FFFD, counting the lines where that happened. It may read one
 * {@link InputRange} of the file: line numbers then continue from the range's first line, and a byte-order mark is
 * only dropped at the file's start.
 */
public final class LineSource implements Closeable {

    private final BufferedReader reader;
    private final boolean atFileStart;
    private int lineNumber;
    private int linesWithReplacements;
    private long charsRead;

    public LineSource(Path file) throws IOException {
        this(Files.newInputStream(file), 0, true);
    }

    /** Reads the lines of one range of a file; the range must start and end on line starts. */
    public LineSource(InputRange range) throws IOException {
        this(ByteRangeInputStream.open(range.file().path(), range.startByte(), range.endByte()),
                Math.toIntExact(range.startLine() - 1), range.atFileStart());
    }

    private LineSource(InputStream in, int linesBefore, boolean atFileStart) {
        this.lineNumber = linesBefore;
        this.atFileStart = atFileStart;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /** The next line without its line break, or null at the end of the file. */
    public String next() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        lineNumber++;
        charsRead += line.length() + 1;
        if (atFileStart && lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        if (line.indexOf('\uFFFD') >= 0) {
            linesWithReplacements++;
        }
        return line;
    }

    /** The 1-based number of the line last returned. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Characters read so far, line breaks counted as one: a cheap measure of progress through the file. */
    public long charsRead() {
        return charsRead;
    }

    /** How many lines so far held invalid UTF-8, now replacement characters. */
    public int linesWithReplacements() {
        return linesWithReplacements;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
