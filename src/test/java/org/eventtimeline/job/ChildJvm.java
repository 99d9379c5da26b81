package org.eventtimeline.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eventtimeline.EventTimelineApplication;

/** Runs the application's main class in a separate JVM on the test class path, its output captured to a file. */
final class ChildJvm {

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -cp <test class path> EventTimelineApplication args...}, stdout and stderr into {@code log}. */
    static ChildJvm start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Duser.timezone=UTC");
        command.add("-Duser.language=en");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EventTimelineApplication.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildJvm(process, log);
    }

    /** Waits for the process to end (at most {@code seconds}) and returns its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("child JVM did not finish in " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    /** Waits until the output holds {@code count} lines containing {@code text}; false if the child ended first. */
    boolean awaitLines(String text, int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (output().lines().filter(l -> l.contains(text)).count() >= count) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Kills the process with SIGKILL and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
