package org.eventtimeline.cli;

/** The process exit codes schedulers see. */
public final class ExitCodes {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int BAD_ARGUMENTS = 2;
    public static final int DATABASE_BUSY = 3;

    private ExitCodes() {
    }
}
