package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application, in this JVM, when its reports cannot be written: a blocked output path and a full disk. */
class OutputFaultFunctionalTests {

    @TempDir
    Path work;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            command("umount", mounted.toString());
        }
    }

    private InProcessRun run(Path input, Path out) {
        return InProcessRun.of("--input=" + input, "--reference-date=2025-03-29", "--output-dir=" + out,
                "--event-timeline.data-dir=" + work.resolve("data"), "--event-timeline.chunk-size=100");
    }

    private InProcessRun run(Path input, Path out, Path cumulative) {
        return InProcessRun.of("--input=" + input, "--reference-date=2025-03-29", "--output-dir=" + out,
                "--event-timeline.data-dir=" + work.resolve("data"), "--event-timeline.chunk-size=100",
                "--event-timeline.cumulative-dir=" + cumulative);
    }

    private static Path news(Path file, int paragraphs) throws IOException {
        return NewsCorpus.write(file, paragraphs);
    }

    @Test
    void anOutputDirectoryUnderARegularFileFailsTheRunInOneLineAndLeavesOtherReports() throws Exception {
        // given good reports from an earlier run in another directory, and a path whose parent is a regular file
        Path good = work.resolve("good");
        assertThat(run(news(work.resolve("earlier.txt"), 3), good).exitCode()).isZero();
        byte[] goodCsv = Files.readAllBytes(good.resolve("events.csv"));
        byte[] goodWorkbook = Files.readAllBytes(good.resolve("timeline.xlsx"));
        Path blocker = Files.writeString(work.resolve("blocker"), "a file");

        // when
        InProcessRun result = run(news(work.resolve("today.txt"), 4), blocker.resolve("out"));

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).isEqualTo("event-timeline: FAILED: cannot create the output directory "
                + blocker.resolve("out") + ": Not a directory (run the same command again to resume)");
        assertThat(good.resolve("events.csv")).hasBinaryContent(goodCsv);
        assertThat(good.resolve("timeline.xlsx")).hasBinaryContent(goodWorkbook);
    }

    @Test
    void aDiskThatFillsWhileWritingKeepsThePreviousReportsAndTheSameCommandCompletesOnceThereIsSpace()
            throws Exception {
        // given a 96 KB file system (root can mount tmpfs; skipped where it cannot) holding yesterday's reports
        Path disk = Files.createDirectory(work.resolve("disk"));
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk.toString()) == 0,
                "cannot mount a small tmpfs here");
        mounted = disk;
        Path out = disk.resolve("reports");
        assertThat(run(news(work.resolve("yesterday.txt"), 3), out).exitCode()).isZero();
        byte[] csv = Files.readAllBytes(out.resolve("events.csv"));
        byte[] workbook = Files.readAllBytes(out.resolve("timeline.xlsx"));
        Path today = news(work.resolve("today.txt"), 400);

        // when today's run writes a CSV larger than the space left
        InProcessRun full = run(today, out);

        // then it fails in one line, and yesterday's reports are there, whole, with no temporary file left
        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.errLines()).isEqualTo("event-timeline: FAILED: cannot write " + out.resolve("events.csv")
                + ": No space left on device (run the same command again to resume)");
        assertThat(out.resolve("events.csv")).hasBinaryContent(csv);
        assertThat(out.resolve("timeline.xlsx")).hasBinaryContent(workbook);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("events.csv", "timeline.xlsx"));
        }

        // and when the disk has room again, the same command completes from the staged events
        assertThat(command("mount", "-o", "remount,size=16m", disk.toString())).isZero();
        InProcessRun again = run(today, out);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("COMPLETED");
        assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(401);
    }

    @Test
    void aCumulativeReportThatCannotBeWrittenFailsTheRunInOneLineKeepsTheRunsReportsAndTheRerunWritesBoth()
            throws Exception {
        // given a cumulative directory whose parent is a regular file (the two reports are written side by side)
        Path blocker = Files.writeString(work.resolve("blocker"), "a file");
        Path cumulative = blocker.resolve("all-runs");
        Path out = work.resolve("reports").resolve("2025-03-29");
        Path input = news(work.resolve("today.txt"), 5);

        // when
        InProcessRun failed = run(input, out, cumulative);

        // then the run fails with the cumulative report's reason, and the run's own reports are written in full
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.errLines()).isEqualTo("event-timeline: FAILED: cannot create the cumulative report "
                + "directory " + cumulative + ": Not a directory (run the same command again to resume)");
        assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(6);
        assertThat(out.resolve("timeline.xlsx")).isNotEmptyFile();

        // and when the blocker is gone, the same command completes and writes both reports
        Files.delete(blocker);
        InProcessRun again = run(input, out, cumulative);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("event-timeline: COMPLETED: reports in " + out);
        assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(6);
        assertThat(Files.readAllLines(cumulative.resolve("events.csv"))).hasSize(6);
        assertThat(cumulative.resolve("timeline.xlsx")).isNotEmptyFile();
    }

    private static int command(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
