package org.eventtimeline.remote;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads {@code --mode=...} from the command line and produces how this process runs: the whole job in one process
 * (default), the manager or a worker of a remotely partitioned run, or one of the two services they share.
 */
public enum LaunchMode {
    LOCAL, MANAGER, WORKER, BROKER, DB_SERVER;

    /** The property that Spring configuration reads; {@code --mode} on the command line sets it. */
    public static final String PROPERTY = "event-timeline.mode";

    /** The mode named by the last {@code --mode=} or {@code --event-timeline.mode=} argument; LOCAL if none. */
    public static LaunchMode of(String[] args) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith("--mode=") || a.startsWith("--" + PROPERTY + "="))
                .reduce((first, second) -> second)
                .map(a -> parse(a.substring(a.indexOf('=') + 1)))
                .orElse(LOCAL);
    }

    static LaunchMode parse(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (LaunchMode mode : values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--mode must be one of local, manager, worker, broker, db-server, not '"
                + value + "'");
    }

    /** Whether the process keeps running after start-up until it is stopped, rather than exit with the job. */
    public boolean isService() {
        return this == WORKER || this == BROKER || this == DB_SERVER;
    }

    /** The value in {@link #PROPERTY}: {@code local}, {@code manager}, {@code worker}, ... */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
