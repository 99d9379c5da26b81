package org.eventtimeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTests {

    @TempDir
    Path dir;

    private final InputDiscovery discovery = new InputDiscovery();

    @Test
    void listsTextAndJsonLinesFilesOfADirectoryInNameOrder() throws Exception {
        // given
        Files.writeString(dir.resolve("b.jsonl"), "{}\n");
        Files.writeString(dir.resolve("a.txt"), "x\n");
        Files.writeString(dir.resolve("notes.md"), "ignored\n");

        // when
        List<InputFile> files = discovery.discover(dir);

        // then
        assertThat(files).extracting(InputFile::name).containsExactly("a.txt", "b.jsonl");
        assertThat(files).extracting(InputFile::format).containsExactly(InputFormat.TEXT, InputFormat.JSON_LINES);
    }

    @Test
    void rejectsAMissingPathWithItsName() {
        // given
        Path missing = dir.resolve("nope.txt");

        // when / then
        assertThatThrownBy(() -> discovery.discover(missing)).isInstanceOf(InputProblem.class)
                .hasMessage("input not found: " + missing);
    }

    @Test
    void rejectsADirectoryWithoutInputs() throws Exception {
        // given
        Files.writeString(dir.resolve("readme.md"), "x");

        // when / then
        assertThatThrownBy(() -> discovery.discover(dir)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("no .txt or .jsonl files in input directory");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        // given
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        // when / then
        assertThatThrownBy(() -> discovery.discover(empty)).hasMessage("input file is empty: " + empty);
    }

    @Test
    void rejectsABinaryFile() throws Exception {
        // given
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        // when / then
        assertThatThrownBy(() -> discovery.discover(binary))
                .hasMessage("input file is not text (it contains NUL bytes): " + binary);
    }

    @Test
    void rejectsAnUnsupportedExtension() throws Exception {
        // given
        Path csv = Files.writeString(dir.resolve("data.csv"), "a,b");

        // when / then
        assertThatThrownBy(() -> discovery.discover(csv))
                .hasMessageStartingWith("unsupported input type (expected .txt or .jsonl)");
    }
}
