package org.eventtimeline.read;

/** An input the job cannot run on (missing, empty, not text); its message is one line for the user. */
public class InputProblem extends RuntimeException {

    public InputProblem(String message) {
        super(message);
    }
}
