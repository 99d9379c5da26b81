package org.eventtimeline.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A byte range of one input file that starts and ends on line starts, with the 1-based number of its first line:
 * the unit of work of one partition. A whole file is the range from 0 to its size, starting at line 1.
 */
public record InputRange(InputFile file, long startByte, long endByte, long startLine) {

    /** Partition context key: absolute path of the file. */
    public static final String FILE = "input.file";
    /** Partition context key: first byte of the range (inclusive, a line start). */
    public static final String START_BYTE = "input.startByte";
    /** Partition context key: end of the range (exclusive, a line start or the file's length). */
    public static final String END_BYTE = "input.endByte";
    /** Partition context key: the 1-based line number of the line at {@code input.startByte}. */
    public static final String START_LINE = "input.startLine";
    /** Partition context key: the file's {@link InputFormat} name. */
    public static final String FORMAT = "input.format";

    public InputRange {
        if (startByte < 0 || endByte < startByte || startLine < 1) {
            throw new IllegalArgumentException("bad range " + startByte + ".." + endByte + " from line " + startLine);
        }
    }

    /** The whole of a file. */
    public static InputRange whole(InputFile file) {
        try {
            return new InputRange(file, 0, Files.size(file.path()), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the range starts at the beginning of its file (the only place a byte-order mark may be). */
    public boolean atFileStart() {
        return startByte == 0;
    }

    /** The keys above, for a partition's execution context. */
    public ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putString(FILE, file.path().toAbsolutePath().toString());
        context.putLong(START_BYTE, startByte);
        context.putLong(END_BYTE, endByte);
        context.putLong(START_LINE, startLine);
        context.putString(FORMAT, file.format().name());
        return context;
    }

    /** The range a partition's execution context describes. */
    public static InputRange fromContext(ExecutionContext context) {
        return of(context.getString(FILE), context.getLong(START_BYTE), context.getLong(END_BYTE),
                context.getLong(START_LINE), context.getString(FORMAT));
    }

    /** The range given by the values of the keys above. */
    public static InputRange of(String file, long startByte, long endByte, long startLine, String format) {
        return new InputRange(new InputFile(Path.of(file), InputFormat.valueOf(format)), startByte, endByte,
                startLine);
    }
}
