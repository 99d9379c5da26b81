package org.eventtimeline;

import java.util.concurrent.CountDownLatch;

import org.eventtimeline.cli.ExitCodes;
import org.eventtimeline.cli.StartupFailure;
import org.eventtimeline.remote.LaunchMode;
import org.eventtimeline.remote.ServiceLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The nightly job's entry point: the process exit code is the job's outcome. {@code --mode=worker}, {@code broker}
 * and {@code db-server} run until stopped instead (see README, "Scaling out: manager and workers").
 */
@SpringBootApplication
public class EventTimelineApplication {

    public static void main(String[] args) {
        LaunchMode mode;
        try {
            mode = LaunchMode.of(args);
        } catch (IllegalArgumentException e) {
            System.err.println("event-timeline: " + e.getMessage());
            System.exit(ExitCodes.BAD_ARGUMENTS);
            return;
        }
        int exitCode;
        try {
            if (mode == LaunchMode.BROKER || mode == LaunchMode.DB_SERVER) {
                ServiceLauncher.run(mode, args, System.out);
                return;
            }
            SpringApplication application = new SpringApplication(EventTimelineApplication.class);
            if (mode == LaunchMode.MANAGER) {
                application.setAdditionalProfiles("remote");
            } else if (mode == LaunchMode.WORKER) {
                application.setAdditionalProfiles("remote", "worker");
            }
            ConfigurableApplicationContext context = application.run(args);
            if (mode == LaunchMode.WORKER) {
                System.out.println("event-timeline: worker ready, waiting for partitions");
                awaitClose(context);
                return;
            }
            exitCode = SpringApplication.exit(context);
        } catch (RuntimeException e) {
            exitCode = StartupFailure.report(e, System.err);
        } catch (Exception e) {
            System.err.println("event-timeline: cannot start: " + e.getMessage());
            exitCode = ExitCodes.FAILED;
        }
        System.exit(exitCode);
    }

    /** Blocks until the context is closed (SIGTERM closes it through Spring's shutdown hook). */
    private static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
