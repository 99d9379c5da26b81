package org.eventtimeline.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

/**
 * Reads an I/O failure of the report step and produces an exception whose own message says, in one line, what could
 * not be written and why; the original is kept as a suppressed exception so that its message is the root one.
 */
final class ReportFault {

    private ReportFault() {
    }

    static IOException of(String what, IOException cause) {
        IOException fault = new IOException(what + ": " + reason(cause));
        fault.addSuppressed(cause);
        return fault;
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + " is a file, not a directory";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
