package org.eventtimeline.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats the job reads, told apart by file name extension. */
public enum InputFormat {
    /** One paragraph per non-blank line. */
    TEXT(".txt"),
    /** One JSON article per line: id, date, title, text. */
    JSON_LINES(".jsonl");

    private final String extension;

    InputFormat(String extension) {
        this.extension = extension;
    }

    /** The format of a file by its extension, if it is one the job reads. */
    public static Optional<InputFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
