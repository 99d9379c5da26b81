package org.eventtimeline.read;

import java.nio.file.Path;

/** One file to read and its format. */
public record InputFile(Path path, InputFormat format) {

    /** The file name, as records cite it in their {@code source} column. */
    public String name() {
        return path.getFileName().toString();
    }
}
