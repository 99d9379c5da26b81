package org.eventtimeline.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eventtimeline.EventTimelineApplication;
import org.eventtimeline.cli.StartupFailure;
import org.springframework.boot.SpringApplication;

/** Runs the application as its main method does, in this JVM, and captures the exit code, stdout and stderr. */
record InProcessRun(int exitCode, String out, String err) {

    static synchronized InProcessRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = SpringApplication.exit(SpringApplication.run(EventTimelineApplication.class, args));
        } catch (RuntimeException e) {
            exitCode = StartupFailure.report(e, System.err);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new InProcessRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of stderr that the application wrote itself (not log lines). */
    String errLines() {
        return err.lines().filter(l -> l.startsWith("event-timeline:")).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
