package org.eventtimeline.read;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file line by line with 1-based line numbers: drops a leading byte-order mark, accepts LF and CRLF,
 * and replaces invalid byte sequences with U+FFFD, counting the lines where that happened.
 */
public final class LineSource implements Closeable {

    private final BufferedReader reader;
    private int lineNumber;
    private int linesWithReplacements;
    private long charsRead;

    public LineSource(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    /** The next line without its line break, or null at the end of the file. */
    public String next() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        lineNumber++;
        charsRead += line.length() + 1;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
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
