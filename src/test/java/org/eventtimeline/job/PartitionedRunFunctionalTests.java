package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.read.InputPartitioner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application, in this JVM, on the seed and a generated multi-file input (LF, CRLF with a byte-order mark,
 * JSON Lines with a malformed line), once split into many 2 KB partitions on three threads and once with one
 * partition per file on one thread: the reports must not tell the two apart.
 */
class PartitionedRunFunctionalTests {

    private static final Path SEED = Path.of("seeds", "000_d3e7b42f5988b516.txt");
    private static final long SMALL_PARTITION = 2048;

    @TempDir
    Path work;

    @BeforeAll
    static void fixLocale() {
        Locale.setDefault(Locale.US);
    }

    private Path input() throws Exception {
        Path dir = Files.createDirectories(work.resolve("input"));
        Files.copy(SEED, dir.resolve("000_seed.txt"));
        NewsCorpus.write(dir.resolve("news-a.txt"), 240);
        String crlf = Files.readString(NewsCorpus.write(work.resolve("b.txt"), 160)).replace("\n", "\r\n\r\n");
        Files.writeString(dir.resolve("news-b.txt"), "\uFEFF" + crlf, StandardCharsets.UTF_8);
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            feed.append(String.format(Locale.ROOT, "{\"id\":\"f%d\",\"date\":\"2025-03-%02d\",\"text\":\"%s\\n%s\"}%n",
                    i, 1 + i % 28, NewsCorpus.paragraph(1000 + i), NewsCorpus.paragraph(2000 + i)));
            if (i == 30) {
                feed.append("{\"id\": broken\n");
            }
        }
        Files.writeString(dir.resolve("news-c.jsonl"), feed);
        return dir;
    }

    private InProcessRun run(Path input, String name, long maxBytes, int threads, String... extra) {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--reference-date=2025-03-29",
                "--output-dir=" + work.resolve(name + "-out"), "--event-timeline.data-dir=" + work.resolve(name + "-data"),
                "--event-timeline.cumulative-dir=", "--event-timeline.chunk-size=5",
                "--event-timeline.partition.max-bytes=" + maxBytes, "--event-timeline.threads=" + threads));
        args.addAll(List.of(extra));
        return InProcessRun.of(args.toArray(String[]::new));
    }

    private static List<String> sheetRows(Path workbook, String sheetName) throws Exception {
        List<String> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.US);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(sheetName);
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(formatter.formatCellValue(cell)).append('|'));
                rows.add(line.toString());
            }
        }
        return rows;
    }

    @Test
    void manySmallPartitionsOnThreeThreadsGiveTheSameReportsAsOnePartitionPerFile() throws Exception {
        // given the seed and three generated files, which 2 KB ranges split into many partitions
        Path input = input();
        int partitions = new InputPartitioner(new InputDiscovery().discover(input), SMALL_PARTITION).ranges().size();
        assertThat(partitions).isEqualTo(38);

        // when the job runs once with 2 KB partitions on three threads, once with one partition per file
        InProcessRun partitioned = run(input, "partitioned", SMALL_PARTITION, 3);
        InProcessRun whole = run(input, "whole", Long.MAX_VALUE, 1);

        // then both completed, the first over every partition and the second over one per file
        assertThat(partitioned.exitCode()).as(partitioned.err()).isZero();
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        assertThat(StagingDatabase.stepExecutions(work.resolve("partitioned-data"), "extractPartition:"))
                .isEqualTo(partitions);
        assertThat(StagingDatabase.stepExecutions(work.resolve("whole-data"), "extractPartition:")).isEqualTo(4);

        // and they read, skipped and staged the same: 20 seed lines, 240 + 160 paragraphs, 60 JSON articles read
        // and one malformed JSON line skipped; the seed's photo credit gives no event
        String counts = "extract: read 480, events from 479 items, filtered 1, skipped 1, ";
        assertThat(partitioned.out()).contains(counts);
        assertThat(whole.out()).contains(counts);
        assertThat(StagingDatabase.rowsAndDistinctIds(work.resolve("partitioned-data"))).containsExactly(539, 539);
        assertThat(StagingDatabase.eventIds(work.resolve("partitioned-data")))
                .isEqualTo(StagingDatabase.eventIds(work.resolve("whole-data")));

        // and events.csv is byte for byte the same, as are the workbook's timeline, lists and skipped items
        Path csv = work.resolve("partitioned-out").resolve("events.csv");
        assertThat(Files.mismatch(csv, work.resolve("whole-out").resolve("events.csv"))).isEqualTo(-1L);
        for (String sheet : List.of("Timeline", "Actors", "Locations", "Skipped")) {
            assertThat(sheetRows(work.resolve("partitioned-out").resolve("timeline.xlsx"), sheet)).as(sheet)
                    .isEqualTo(sheetRows(work.resolve("whole-out").resolve("timeline.xlsx"), sheet));
        }
        assertThat(sheetRows(work.resolve("partitioned-out").resolve("timeline.xlsx"), "Skipped"))
                .anyMatch(row -> row.startsWith("news-c.jsonl|32|"));
    }

    @Test
    void aFailedRunRestartedWithAnotherPartitionSizeKeepsTheRangesItWasFirstSplitInto() throws Exception {
        // given a run in 2 KB partitions that failed on three more malformed JSON lines at the end (skip limit 1,
        // and at least two of them in one partition), the other partitions completed
        Path input = input();
        Files.writeString(input.resolve("news-c.jsonl"), "{\"id\": 1\n{\"id\": 2\n{\"id\": 3\n",
                java.nio.file.StandardOpenOption.APPEND);
        int partitions = new InputPartitioner(new InputDiscovery().discover(input), SMALL_PARTITION).ranges().size();
        InProcessRun failed = run(input, "restarted", SMALL_PARTITION, 2, "--event-timeline.skip-limit=1");
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(failed.errLines()).contains("(event-timeline.skip-limit=1)").contains("news-c.jsonl line 6");
        Path data = work.resolve("restarted-data");
        assertThat(StagingDatabase.stepExecutions(data, "extractPartition:", "FAILED")).isEqualTo(1);

        // when the same command runs again with the default partition size and a skip limit that allows the line
        InProcessRun restarted = run(input, "restarted", 16L << 20, 2, "--event-timeline.skip-limit=10");

        // then it ran only the failed 2 KB partition again, and staged every event once
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(StagingDatabase.stepExecutions(data, "extractPartition:", "COMPLETED")).isEqualTo(partitions);
        assertThat(StagingDatabase.stepExecutions(data, "extractPartition:")).isEqualTo(partitions + 1);
        assertThat(StagingDatabase.rowsAndDistinctIds(data)).containsExactly(539, 539);
    }
}
