package org.eventtimeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ArticleItemReaderTests {

    private static final LocalDate DATE = LocalDate.of(2025, 3, 29);

    @TempDir
    Path dir;

    private static List<Article> readAll(ArticleItemReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<Article> articles = new ArrayList<>();
        for (Article a = reader.read(); a != null; a = reader.read()) {
            articles.add(a);
        }
        reader.update(context);
        reader.close();
        return articles;
    }

    @Test
    void readsNonBlankLinesWithTheirLineNumbersAcrossBomAndCrlf() throws Exception {
        // given a file with a byte-order mark, CRLF endings and a blank line
        Path file = dir.resolve("a.txt");
        Files.write(file, "\uFEFFFirst paragraph.\r\n\r\nSecond paragraph.\r\n".getBytes(StandardCharsets.UTF_8));
        ArticleItemReader reader = new ArticleItemReader(List.of(new InputFile(file, InputFormat.TEXT)), DATE);

        // when
        List<Article> articles = readAll(reader, new ExecutionContext());

        // then
        assertThat(articles).extracting(Article::line).containsExactly(1, 3);
        assertThat(articles).extracting(a -> a.paragraphs().get(0).text())
                .containsExactly("First paragraph.", "Second paragraph.");
        assertThat(articles).extracting(Article::source).containsOnly("a.txt");
    }

    @Test
    void keepsInvalidUtf8AsReplacementCharactersAndCountsTheLines() throws Exception {
        // given
        Path file = dir.resolve("bad.txt");
        Files.write(file, new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, 'd', '\n'});
        ArticleItemReader reader = new ArticleItemReader(List.of(new InputFile(file, InputFormat.TEXT)), DATE);

        // when
        reader.open(new ExecutionContext());
        reader.read();
        Article second = reader.read();

        // then
        assertThat(second.paragraphs().get(0).text()).isEqualTo("b\uFFFD(d");
        assertThat(reader.linesWithReplacements()).isEqualTo(1);
        reader.close();
    }

    @Test
    void resumesAfterTheLastCommittedItemOnRestart() throws Exception {
        // given two files, and a first run that stopped after two items were committed
        Path a = Files.writeString(dir.resolve("a.txt"), "one\ntwo\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "three\n");
        List<InputFile> files = List.of(new InputFile(a, InputFormat.TEXT), new InputFile(b, InputFormat.TEXT));
        ExecutionContext context = new ExecutionContext();
        ArticleItemReader first = new ArticleItemReader(files, DATE);
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();

        // when a new reader opens with the saved context
        List<Article> rest = readAll(new ArticleItemReader(files, DATE), context);

        // then it reads only what was left
        assertThat(rest).extracting(x -> x.paragraphs().get(0).text()).containsExactly("three");
        assertThat(rest.get(0).source()).isEqualTo("b.txt");
    }

    @Test
    void surfacesAMalformedJsonLineAsASkippableFaultAndGoesOn() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("n.jsonl"),
                "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"Good.\"}\nnot json\n{\"id\":\"3\",\"text\":\"Also good.\"}\n");
        ArticleItemReader reader = new ArticleItemReader(List.of(new InputFile(file, InputFormat.JSON_LINES)), DATE);
        reader.open(new ExecutionContext());

        // when / then
        assertThat(reader.read().articleId()).isEqualTo("1");
        assertThatThrownBy(reader::read).isInstanceOf(MalformedArticleException.class).hasMessageContaining("line 2");
        Article third = reader.read();
        assertThat(third.articleId()).isEqualTo("3");
        assertThat(third.referenceDate()).isEqualTo(DATE);
        assertThat(reader.read()).isNull();
        reader.close();
    }
}
