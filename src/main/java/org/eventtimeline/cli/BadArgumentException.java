package org.eventtimeline.cli;

/** A command-line argument the job cannot run with; its message is one line for the user. */
public class BadArgumentException extends RuntimeException {

    public BadArgumentException(String message) {
        super(message);
    }
}
