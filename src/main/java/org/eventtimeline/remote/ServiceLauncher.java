package org.eventtimeline.remote;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Reads {@code --mode=broker} or {@code --mode=db-server} and its {@code --host}, {@code --port} and
 * {@code --data-dir} arguments, starts that service in this JVM and keeps it running until the process is stopped.
 */
public final class ServiceLauncher {

    /** Default ports: Artemis's and HSQLDB's own. */
    public static final int BROKER_PORT = 61616;
    public static final int DATABASE_PORT = 9001;

    private ServiceLauncher() {
    }

    /** Starts the service and blocks until the JVM shuts down; the service is closed by a shutdown hook. */
    public static void run(LaunchMode mode, String[] args, PrintStream out) throws Exception {
        quietLogging();
        String host = argument(args, "host", "localhost");
        Path dataDir = Path.of(argument(args, "data-dir", "data"));
        AutoCloseable service;
        if (mode == LaunchMode.BROKER) {
            int port = Integer.parseInt(argument(args, "port", String.valueOf(BROKER_PORT)));
            service = EmbeddedBroker.start(host, port, dataDir.resolve("broker"));
            out.println("event-timeline: broker listening on tcp://" + host + ":" + port);
        } else if (mode == LaunchMode.DB_SERVER) {
            int port = Integer.parseInt(argument(args, "port", String.valueOf(DATABASE_PORT)));
            service = DatabaseServer.start(host, port, dataDir);
            out.println("event-timeline: database server listening on " + DatabaseServer.url(host, port));
        } else {
            throw new IllegalArgumentException("not a service mode: " + mode);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("event-timeline: " + mode.propertyValue() + " did not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }

    /** No Spring context configures logging here: keep the services' own INFO chatter out, warnings in. */
    private static void quietLogging() {
        LoggingSystem logging = LoggingSystem.get(ServiceLauncher.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        logging.setLogLevel("org.eventtimeline", LogLevel.INFO);
    }

    private static String argument(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).reduce((a, b) -> b)
                .map(a -> a.substring(prefix.length())).orElse(fallback);
    }
}
