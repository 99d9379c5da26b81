package org.eventtimeline.cli;

import java.io.PrintStream;

/** Reads an exception that stopped the application from starting and prints it as one line; returns the exit code. */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static int report(Throwable failure, PrintStream err) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (isLock(root)) {
                break;
            }
            root = root.getCause();
        }
        if (isLock(root)) {
            err.println("event-timeline: another run is using the database (its lock file is held); "
                    + "try again when it has finished");
            return ExitCodes.DATABASE_BUSY;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        err.println("event-timeline: cannot start: " + message.lines().findFirst().orElse(message));
        return ExitCodes.FAILED;
    }

    private static boolean isLock(Throwable t) {
        String message = t.getMessage();
        return message != null && message.contains("lockFile");
    }
}
