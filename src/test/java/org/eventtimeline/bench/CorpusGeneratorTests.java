package org.eventtimeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventtimeline.bench.CorpusGenerator.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTests {

    private static final long TARGET = 200_000;

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        // given
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Path other = dir.resolve("other.txt");

        // when
        CorpusGenerator.write(first, TARGET, 7, Format.TXT);
        CorpusGenerator.write(second, TARGET, 7, Format.TXT);
        CorpusGenerator.write(other, TARGET, 8, Format.TXT);

        // then
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void mainWritesTheRequestedSizeOfOneParagraphPerLine() throws IOException {
        // given
        Path out = dir.resolve("corpus.txt");

        // when
        CorpusGenerator.main(new String[] {out.toString(), "0.2", "42", "txt"});

        // then: at least 200,000 bytes and at most one paragraph more
        long size = Files.size(out);
        assertThat(size).isBetween(TARGET, TARGET + 2_000);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(500).allSatisfy(line -> assertThat(line).isNotBlank().endsWith("."));
        assertThat(String.join("\n", lines)).contains(", Tennessee", "yesterday", "killed", "arrested");
    }

    @Test
    void jsonlArticlesHaveIdDateTitleAndThreeToSixParagraphs() throws IOException {
        // given
        Path out = dir.resolve("corpus.jsonl");
        ObjectMapper mapper = new ObjectMapper();

        // when
        long written = CorpusGenerator.write(out, TARGET, 42, Format.JSONL);

        // then
        assertThat(written).isEqualTo(Files.size(out)).isBetween(TARGET, TARGET + 5_000);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(50);
        JsonNode first = mapper.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("bench-0000001");
        for (String line : lines) {
            JsonNode article = mapper.readTree(line);
            assertThat(LocalDate.parse(article.get("date").asText()))
                    .isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 29));
            assertThat(article.get("title").asText()).isNotBlank();
            assertThat(article.get("text").asText().split("\n")).hasSizeBetween(3, 6);
        }
    }

    @Test
    void inMemoryParagraphsAreTheLinesOfTheTextCorpus() throws IOException {
        // given
        Path out = dir.resolve("corpus.txt");
        CorpusGenerator.write(out, 50_000, 3, Format.TXT);

        // when
        List<String> paragraphs = CorpusGenerator.paragraphs(50_000, 3);

        // then
        assertThat(paragraphs).isEqualTo(Files.readAllLines(out, StandardCharsets.UTF_8));
    }
}
