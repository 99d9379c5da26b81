package org.eventtimeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineAlignedSplitterTests {

    @TempDir
    Path dir;

    private InputFile write(String name, byte[] bytes) throws Exception {
        return new InputFile(Files.write(dir.resolve(name), bytes), InputFormat.TEXT);
    }

    @Test
    void cutsAfterLineFeedsOnlyAndCountsLfCrlfAndLoneCrAsLineBreaks() throws Exception {
        // given LF, CRLF and a lone CR line ends: aaa(1) bbb(2) ccc(3) ddd(4) eee(5)
        InputFile file = write("mixed.txt", "aaa\nbbb\r\nccc\rddd\neee\n".getBytes(StandardCharsets.US_ASCII));

        // when split into ranges of at least 4 bytes
        List<InputRange> ranges = new LineAlignedSplitter(4).split(file);

        // then no range starts between CR and LF or after a lone CR, and each knows its first line
        assertThat(ranges).extracting(InputRange::startByte).containsExactly(0L, 4L, 9L, 17L);
        assertThat(ranges).extracting(InputRange::endByte).containsExactly(4L, 9L, 17L, 21L);
        assertThat(ranges).extracting(InputRange::startLine).containsExactly(1L, 2L, 3L, 5L);
    }

    @Test
    void aFileNoLongerThanTheLimitIsOneRange() throws Exception {
        // given a 12-byte file
        InputFile file = write("small.txt", "one\ntwo\nsix\n".getBytes(StandardCharsets.US_ASCII));

        // when the limit is its size
        List<InputRange> ranges = new LineAlignedSplitter(12).split(file);

        // then
        assertThat(ranges).containsExactly(new InputRange(file, 0, 12, 1));
    }

    @Test
    void aByteOrderMarkStaysInTheFirstRangeAndALastLineWithoutBreakEndsTheLast() throws Exception {
        // given a BOM (3 bytes), "one\n", "two\n" and "three" with no line break
        InputFile file = write("bom.txt", "\uFEFFone\ntwo\nthree".getBytes(StandardCharsets.UTF_8));

        // when split at every line
        List<InputRange> ranges = new LineAlignedSplitter(1).split(file);

        // then
        assertThat(ranges).containsExactly(new InputRange(file, 0, 7, 1), new InputRange(file, 7, 11, 2),
                new InputRange(file, 11, 16, 3));
    }

    @Test
    void aLineLongerThanTheLimitIsNeverCut() throws Exception {
        // given a 30-byte line between two short ones
        String longLine = "x".repeat(29);
        InputFile file = write("long.txt", ("a\n" + longLine + "\nb\n").getBytes(StandardCharsets.US_ASCII));

        // when the limit is 10 bytes
        List<InputRange> ranges = new LineAlignedSplitter(10).split(file);

        // then the long line is a range of its own, with the short line before it
        assertThat(ranges).containsExactly(new InputRange(file, 0, 32, 1), new InputRange(file, 32, 34, 3));
    }
}
