package org.eventtimeline;

import org.eventtimeline.cli.StartupFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The nightly job's entry point: the process exit code is the job's outcome. */
@SpringBootApplication
public class EventTimelineApplication {

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = SpringApplication.exit(SpringApplication.run(EventTimelineApplication.class, args));
        } catch (RuntimeException e) {
            exitCode = StartupFailure.report(e, System.err);
        }
        System.exit(exitCode);
    }
}
