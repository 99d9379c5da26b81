package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputPartitioner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job run as the scheduler runs it, in child JVMs: killed with SIGKILL mid-run and started again, run twice,
 * and run twice at once on one data directory. Each case is compared with one uninterrupted run.
 */
class RestartAfterKillFunctionalTests {

    private static final int PARAGRAPHS = 1500;
    private static final long TIMEOUT_SECONDS = 240;

    @TempDir
    static Path shared;

    private static Path input;
    private static Path baselineData;
    private static Path baselineOut;
    private static ChildJvm baseline;

    @TempDir
    Path work;

    @BeforeAll
    static void startUninterruptedRun() throws Exception {
        input = NewsCorpus.write(shared.resolve("news.txt"), PARAGRAPHS);
        baselineData = shared.resolve("baseline-data");
        baselineOut = shared.resolve("baseline-out");
        // Runs alongside each test's own children; awaited where a test needs its output.
        baseline = ChildJvm.start(shared.resolve("baseline.log"), arguments(input, baselineOut, baselineData));
    }

    private static Path awaitBaseline() throws Exception {
        synchronized (RestartAfterKillFunctionalTests.class) {
            assertThat(baseline.waitFor(TIMEOUT_SECONDS)).as(baseline.output()).isZero();
        }
        return baselineOut.resolve("events.csv");
    }

    static String[] arguments(Path input, Path out, Path data) {
        return new String[] {"--input=" + input, "--reference-date=2025-03-29", "--output-dir=" + out,
                "--event-timeline.data-dir=" + data, "--event-timeline.chunk-size=50",
                "--event-timeline.progress-interval=0s"};
    }

    @Test
    void aRunKilledMidwayResumesFromItsLastChunkAndWritesTheSameReport() throws Exception {
        // given a run killed with SIGKILL after it has written several chunks
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        ChildJvm killed = ChildJvm.start(work.resolve("killed.log"), arguments(input, out, data));
        assertThat(killed.awaitLines("ProgressListener", 6, TIMEOUT_SECONDS)).as(killed.output()).isTrue();
        killed.kill();
        assertThat(out.resolve("events.csv")).doesNotExist();

        // when the same command runs again
        ChildJvm restarted = ChildJvm.start(work.resolve("restarted.log"), arguments(input, out, data));
        int exitCode = restarted.waitFor(TIMEOUT_SECONDS);

        // then it resumed the interrupted execution, read only what was left and completed
        String output = restarted.output();
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("resuming execution 0 that was interrupted");
        int read = Integer.parseInt(output.replaceAll("(?s).*extract: read (\\d+),.*", "$1"));
        assertThat(read).isLessThan(PARAGRAPHS).isGreaterThan(0);

        // and its events.csv is byte for byte that of the uninterrupted run, with no duplicate staged rows
        Path expected = awaitBaseline();
        assertThat(Files.mismatch(out.resolve("events.csv"), expected)).isEqualTo(-1L);
        assertThat(StagingDatabase.rowsAndDistinctIds(data)).containsExactly(PARAGRAPHS, PARAGRAPHS);
        assertThat(StagingDatabase.eventIds(data)).isEqualTo(StagingDatabase.eventIds(baselineData));
    }

    @Test
    void aPartitionedRunKilledMidwayRunsOnlyItsUnfinishedPartitionsAgain() throws Exception {
        // given a run in 20 KB partitions, one at a time, killed with SIGKILL after it has written several chunks
        long maxBytes = 20_000;
        int partitions = new InputPartitioner(new InputDiscovery().discover(input), maxBytes).ranges().size();
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        String[] partitioned = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments(input, out, data)),
                java.util.stream.Stream.of("--event-timeline.partition.max-bytes=" + maxBytes,
                        "--event-timeline.threads=1")).toArray(String[]::new);
        ChildJvm killed = ChildJvm.start(work.resolve("killed.log"), partitioned);
        assertThat(killed.awaitLines("ProgressListener", 6, TIMEOUT_SECONDS)).as(killed.output()).isTrue();
        killed.kill();
        long completedBefore = StagingDatabase.stepExecutions(data, "extractPartition:", "COMPLETED");

        // when the same command runs again
        ChildJvm restarted = ChildJvm.start(work.resolve("restarted.log"), partitioned);
        int exitCode = restarted.waitFor(TIMEOUT_SECONDS);

        // then it completed, and no partition completed twice: those done before the kill were not run again
        String output = restarted.output();
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("resuming execution 0 that was interrupted");
        assertThat(partitions).isEqualTo(10);
        assertThat(completedBefore).isBetween(1L, partitions - 1L);
        assertThat(StagingDatabase.stepExecutions(data, "extractPartition:", "COMPLETED")).isEqualTo(partitions);
        int read = Integer.parseInt(output.replaceAll("(?s).*extract: read (\\d+),.*", "$1"));
        assertThat(read).isLessThan(PARAGRAPHS).isGreaterThan(0);

        // and its events.csv is byte for byte that of the uninterrupted single-partition run, with no duplicates
        Path expected = awaitBaseline();
        assertThat(Files.mismatch(out.resolve("events.csv"), expected)).isEqualTo(-1L);
        assertThat(StagingDatabase.rowsAndDistinctIds(data)).containsExactly(PARAGRAPHS, PARAGRAPHS);
    }

    @Test
    void aCompletedRunStartedAgainOnlyRegeneratesItsReports() throws Exception {
        // given the uninterrupted run, completed
        Path expected = awaitBaseline();
        byte[] first = Files.readAllBytes(expected);

        // when the same command runs again
        ChildJvm again = ChildJvm.start(work.resolve("again.log"), arguments(input, baselineOut, baselineData));
        int exitCode = again.waitFor(TIMEOUT_SECONDS);

        // then it says so, exits 0 and writes the same events.csv from the same staged rows
        assertThat(exitCode).as(again.output()).isZero();
        assertThat(again.output()).contains("this input and reference date already completed");
        assertThat(Files.readAllBytes(expected)).isEqualTo(first);
        assertThat(StagingDatabase.rowsAndDistinctIds(baselineData)).containsExactly(PARAGRAPHS, PARAGRAPHS);
    }

    @Test
    void aSecondProcessOnTheSameDataDirectoryIsTurnedAwayAndTheFirstCompletes() throws Exception {
        // given a run on a larger input, on one thread, committing every item, that is working on a data directory:
        // a commit (and its file sync) per item keeps it running for many seconds after a second JVM has started,
        // however fast extraction gets (with chunks of 100 items a faster pipeline finished first)
        int longerParagraphs = 12 * PARAGRAPHS;
        Path longer = NewsCorpus.write(work.resolve("longer.txt"), longerParagraphs);
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        String[] firstArguments = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments(longer, out, data))
                        .filter(argument -> !argument.startsWith("--event-timeline.chunk-size=")),
                java.util.stream.Stream.of("--event-timeline.threads=1", "--event-timeline.chunk-size=1"))
                .toArray(String[]::new);
        ChildJvm first = ChildJvm.start(work.resolve("first.log"), firstArguments);
        assertThat(first.awaitLines("ProgressListener", 1, TIMEOUT_SECONDS)).as(first.output()).isTrue();

        // when a second process starts on the same data directory
        ChildJvm second = ChildJvm.start(work.resolve("second.log"), arguments(input, work.resolve("out2"), data));
        int secondExit = second.waitFor(TIMEOUT_SECONDS);

        // then the second exits 3 with one line, and the first completes with the full report
        assertThat(secondExit).as(second.output()).isEqualTo(3);
        assertThat(second.output().strip()).isEqualTo("event-timeline: another run is using the database (its lock "
                + "file is held); try again when it has finished");
        assertThat(first.waitFor(TIMEOUT_SECONDS)).as(first.output()).isZero();
        assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(longerParagraphs + 1);
        assertThat(StagingDatabase.rowsAndDistinctIds(data)).containsExactly(longerParagraphs, longerParagraphs);
        assertThat(work.resolve("out2")).doesNotExist();
    }
}
