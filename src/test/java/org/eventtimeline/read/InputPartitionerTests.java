package org.eventtimeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class InputPartitionerTests {

    @TempDir
    Path dir;

    @Test
    void givesOnePartitionPerSmallFileAndSplitsALargeOneInInputOrder() throws Exception {
        // given a small JSONL file, then a CRLF text file of ten 10-byte lines, in that order
        Path feed = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"text\":\"x\"}\n");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append("line ").append(i).append("..\r\n");
        }
        Path news = Files.writeString(dir.resolve("b.txt"), text, StandardCharsets.UTF_8);
        List<InputFile> files = List.of(new InputFile(feed, InputFormat.JSON_LINES),
                new InputFile(news, InputFormat.TEXT));

        // when partitioned with a 30-byte limit
        Map<String, ExecutionContext> partitions = new InputPartitioner(files, 30).partition(4);

        // then the JSONL file is one partition and the text file four ranges of three lines (the last of one)
        assertThat(partitions.keySet()).containsExactly("partition-00000", "partition-00001", "partition-00002",
                "partition-00003", "partition-00004");
        ExecutionContext first = partitions.get("partition-00000");
        assertThat(first.getString(InputRange.FILE)).isEqualTo(feed.toAbsolutePath().toString());
        assertThat(first.getString(InputRange.FORMAT)).isEqualTo("JSON_LINES");
        assertThat(first.getLong(InputRange.START_BYTE)).isZero();
        assertThat(first.getLong(InputRange.END_BYTE)).isEqualTo(Files.size(feed));
        assertThat(first.getLong(InputRange.START_LINE)).isEqualTo(1L);
        assertThat(partitions.values().stream().skip(1).map(InputRange::fromContext).toList())
                .containsExactly(new InputRange(new InputFile(news.toAbsolutePath(), InputFormat.TEXT), 0, 30, 1),
                        new InputRange(new InputFile(news.toAbsolutePath(), InputFormat.TEXT), 30, 60, 4),
                        new InputRange(new InputFile(news.toAbsolutePath(), InputFormat.TEXT), 60, 90, 7),
                        new InputRange(new InputFile(news.toAbsolutePath(), InputFormat.TEXT), 90, 100, 10));
    }

    @Test
    void everyRangeStartsAtALineStartAndTheRangesCoverTheFile() throws Exception {
        // given lines of varied length
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("paragraph ").append("word ".repeat(i % 13)).append(i).append('\n');
        }
        Path news = Files.writeString(dir.resolve("news.txt"), text, StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(news);

        // when partitioned with a 100-byte limit
        List<InputRange> ranges = new InputPartitioner(List.of(new InputFile(news, InputFormat.TEXT)), 100).ranges();

        // then each range follows the last, starts after a line feed, and its first line number counts them
        assertThat(ranges).hasSizeGreaterThan(20);
        assertThat(ranges.get(0).startByte()).isZero();
        assertThat(ranges.get(ranges.size() - 1).endByte()).isEqualTo(bytes.length);
        for (int i = 1; i < ranges.size(); i++) {
            InputRange range = ranges.get(i);
            assertThat(range.startByte()).isEqualTo(ranges.get(i - 1).endByte());
            assertThat(bytes[(int) range.startByte() - 1]).isEqualTo((byte) '\n');
            long breaksBefore = new String(bytes, 0, (int) range.startByte(), StandardCharsets.UTF_8).chars()
                    .filter(c -> c == '\n').count();
            assertThat(range.startLine()).isEqualTo(breaksBefore + 1);
        }
    }

    @Test
    void partitionsAreTheSameOnEveryCall() throws Exception {
        // given
        Path news = Files.writeString(dir.resolve("news.txt"), "a\nb\nc\nd\n");
        InputPartitioner partitioner = new InputPartitioner(List.of(new InputFile(news, InputFormat.TEXT)), 2);

        // when partitioned twice (a restart partitions again)
        Map<String, ExecutionContext> first = partitioner.partition(1);
        Map<String, ExecutionContext> second = partitioner.partition(8);

        // then the names and ranges are equal
        assertThat(second).isEqualTo(first).hasSize(4);
    }
}
