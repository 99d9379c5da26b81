package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.remote.DatabaseServer;
import org.eventtimeline.remote.EmbeddedBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning on one machine: an Artemis broker and an HSQLDB server in this JVM, a manager and two worker
 * JVMs. One worker is killed with SIGKILL in the middle of a partition and started again; the run must complete
 * with the events.csv of a single-process run, every partition run to completion once, no staged row twice.
 */
class RemotePartitioningFunctionalTests {

    private static final Path SEED = Path.of("seeds", "000_d3e7b42f5988b516.txt");
    private static final long TIMEOUT_SECONDS = 600;
    private static final Pattern RUNNING = Pattern.compile("worker: running (extractPartition:partition-\\d+)");

    @TempDir
    Path work;

    private final List<ChildJvm> children = new ArrayList<>();
    private final List<AutoCloseable> services = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (ChildJvm child : children) {
            child.kill();
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
    }

    @Test
    void aWorkerKilledMidPartitionLosesNothingAndTheReportEqualsASingleProcessRun() throws Exception {
        // given the seed and three generated files, split into partitions of about 30 KB
        Path input = Files.createDirectories(work.resolve("input"));
        Files.copy(SEED, input.resolve("000_seed.txt"));
        for (String name : List.of("news-a.txt", "news-b.txt", "news-c.txt")) {
            NewsCorpus.write(input.resolve(name), 600);
        }
        long paragraphs = Files.readAllLines(SEED).stream().filter(l -> !l.isBlank()).count() + 3 * 600;
        ChildJvm single = start("single.log", "--input=" + input, "--reference-date=2025-03-29",
                "--output-dir=" + work.resolve("single-out"), "--event-timeline.data-dir=" + work.resolve("single"),
                "--event-timeline.progress-interval=0s");

        // and a broker, a database server and two workers on localhost
        int dbPort = freePort();
        int brokerPort = freePort();
        services.add(DatabaseServer.start("localhost", dbPort, work.resolve("db")));
        services.add(EmbeddedBroker.start("localhost", brokerPort, work.resolve("broker")));
        String url = DatabaseServer.url("localhost", dbPort);
        String[] remote = {"--event-timeline.db-port=" + dbPort,
                "--spring.artemis.broker-url=tcp://localhost:" + brokerPort, "--event-timeline.chunk-size=10"};
        ChildJvm first = start("worker-1.log", with(remote, "--mode=worker"));
        ChildJvm second = start("worker-2.log", with(remote, "--mode=worker"));
        assertThat(first.awaitLines("worker ready", 1, TIMEOUT_SECONDS)).as(first.output()).isTrue();
        assertThat(second.awaitLines("worker ready", 1, TIMEOUT_SECONDS)).as(second.output()).isTrue();

        // when the manager runs the job and the second worker is killed after a partition of its committed chunks
        ChildJvm manager = start("manager.log", with(remote, "--mode=manager", "--input=" + input,
                "--reference-date=2025-03-29", "--output-dir=" + work.resolve("out"),
                "--event-timeline.partition.max-bytes=30000"));
        assertThat(second.awaitLines("worker: running", 1, TIMEOUT_SECONDS)).as(second.output()).isTrue();
        String killedPartition = lastRunning(second.output());
        awaitCommits(url, killedPartition, 2);
        second.kill();
        assertThat(status(url, killedPartition)).as("the partition was still running when its worker died")
                .isEqualTo("STARTED");
        ChildJvm restarted = start("worker-2-restarted.log", with(remote, "--mode=worker"));

        // then the manager completes
        int exitCode = manager.waitFor(TIMEOUT_SECONDS);
        assertThat(exitCode).as(manager.output()).isZero();
        assertThat(manager.output()).contains("event-timeline: COMPLETED");

        // and the killed worker's partition ran again, on the other worker or the restarted one, and completed
        String rerun = "worker: running " + killedPartition + " (step execution";
        assertThat(first.output() + restarted.output()).contains(rerun).contains("was STARTED)");
        assertThat(status(url, killedPartition)).isEqualTo("COMPLETED");
        // and every partition has exactly one step execution, completed
        assertThat(partitionStatuses(url)).isNotEmpty().allMatch("COMPLETED"::equals);
        assertThat(first.output()).contains("worker: finished");

        // and the events equal those of a single-process run: the same events.csv, no row staged twice
        assertThat(single.waitFor(TIMEOUT_SECONDS)).as(single.output()).isZero();
        assertThat(Files.mismatch(work.resolve("out/events.csv"), work.resolve("single-out/events.csv")))
                .isEqualTo(-1L);
        assertThat(Files.readAllLines(work.resolve("out/events.csv"))).hasSizeGreaterThan((int) (paragraphs / 2));
        assertThat(stagedRowsAndDistinctIds(url)).containsExactly(
                StagingDatabase.rowsAndDistinctIds(work.resolve("single")));
        assertThat(stagedEventIds(url)).isEqualTo(StagingDatabase.eventIds(work.resolve("single")));
    }

    private ChildJvm start(String log, String... args) throws IOException {
        ChildJvm child = ChildJvm.start(work.resolve(log), args);
        children.add(child);
        return child;
    }

    private static String[] with(String[] common, String... more) {
        List<String> all = new ArrayList<>(List.of(common));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String lastRunning(String output) {
        Matcher m = RUNNING.matcher(output);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /** Waits until the partition's step execution has committed at least {@code commits} chunks. */
    private static void awaitCommits(String url, String stepName, int commits) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (query(url, "SELECT COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?", stepName).stream()
                    .anyMatch(c -> Long.parseLong(c) >= commits)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(stepName + " did not commit " + commits + " chunks");
    }

    private static String status(String url, String stepName) throws SQLException {
        List<String> statuses = query(url, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?", stepName);
        assertThat(statuses).as("step executions of " + stepName).hasSize(1);
        return statuses.get(0);
    }

    private static List<String> partitionStatuses(String url) throws SQLException {
        List<String> names = query(url, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?",
                "extractPartition:%");
        assertThat(names).doesNotHaveDuplicates();
        return query(url, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?", "extractPartition:%");
    }

    private static long[] stagedRowsAndDistinctIds(String url) throws SQLException {
        List<String> row = query(url, "SELECT COUNT(*) || ',' || COUNT(DISTINCT event_id) FROM staged_event "
                + "WHERE run_key LIKE ?", "%");
        String[] parts = row.get(0).split(",");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static List<String> stagedEventIds(String url) throws SQLException {
        return query(url, "SELECT event_id FROM staged_event WHERE run_key LIKE ? ORDER BY event_id", "%");
    }

    private static List<String> query(String url, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "SA", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
