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

    /** Every article of a reader, a malformed line given as its source, line and reason in the title. */
    private static List<Article> readThrough(ArticleItemReader reader) throws Exception {
        reader.open(new ExecutionContext());
        List<Article> articles = new ArrayList<>();
        while (true) {
            try {
                Article article = reader.read();
                if (article == null) {
                    break;
                }
                articles.add(article);
            } catch (MalformedArticleException e) {
                articles.add(new Article(e.source(), null, e.line(), null, "malformed: " + e.reason(), List.of()));
            }
        }
        reader.close();
        return articles;
    }

    private List<Article> readByRanges(InputFile file, long maxBytes, int[] replacedLines) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (InputRange range : new LineAlignedSplitter(maxBytes).split(file)) {
            ArticleItemReader reader = new ArticleItemReader(range, DATE);
            articles.addAll(readThrough(reader));
            replacedLines[0] += reader.linesWithReplacements();
        }
        return articles;
    }

    @Test
    void readingAllRangesOfAFileGivesTheArticlesOfAWholeFileRead() throws Exception {
        // given a text file with a BOM, CRLF and LF, a lone CR, blank lines, invalid UTF-8 and a BOM character
        // mid-file, and a JSON Lines file with a malformed line
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("\uFEFFFirst story in Lagos.\r\n\r\nSecond story.\rThird, after a lone CR.\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'B', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b', 'y', 't', 'e', '\n'});
        bytes.writeBytes("\uFEFFA mark that is text here.\n\n  Indented line.  \r\nLast line, no break"
                .getBytes(StandardCharsets.UTF_8));
        InputFile text = new InputFile(Files.write(dir.resolve("mixed.txt"), bytes.toByteArray()), InputFormat.TEXT);
        InputFile feed = new InputFile(Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"One.\\nTwo.\"}\r\nnot json\n\n"
                        + "{\"id\":\"c\",\"title\":\"T\",\"text\":\"Three.\"}\n"), InputFormat.JSON_LINES);

        for (InputFile file : List.of(text, feed)) {
            // when read whole, and read range by range for several range sizes
            ArticleItemReader whole = new ArticleItemReader(List.of(file), DATE);
            List<Article> expected = readThrough(whole);
            for (long maxBytes : new long[] {1, 7, 40, 1 << 20}) {
                int[] replacedLines = {0};
                List<Article> byRanges = readByRanges(file, maxBytes, replacedLines);

                // then the same articles, with the same sources, lines and texts, in the same order
                assertThat(byRanges).as("%s in ranges of %d bytes", file.name(), maxBytes).isEqualTo(expected);
                assertThat(replacedLines[0]).isEqualTo(whole.linesWithReplacements());
            }
        }
        assertThat(readThrough(new ArticleItemReader(List.of(text), DATE))).extracting(Article::line)
                .containsExactly(1, 3, 4, 5, 6, 8, 9);
    }

    @Test
    void aRangeReaderResumesAfterTheLastCommittedItemPassingOverAMalformedLine() throws Exception {
        // given the second range of a JSON Lines file, whose first line is malformed, and a first run that
        // committed two items (the malformed line and the next article)
        Path file = Files.writeString(dir.resolve("n.jsonl"), "{\"id\":\"1\",\"text\":\"A.\"}\nnot json\n"
                + "{\"id\":\"3\",\"text\":\"C.\"}\n{\"id\":\"4\",\"text\":\"D.\"}\n");
        InputRange second = new InputRange(new InputFile(file, InputFormat.JSON_LINES), 23, Files.size(file), 2);
        ExecutionContext context = new ExecutionContext();
        ArticleItemReader first = new ArticleItemReader(second, DATE);
        first.open(context);
        assertThatThrownBy(first::read).isInstanceOf(MalformedArticleException.class);
        assertThat(first.read().articleId()).isEqualTo("3");
        first.update(context);
        first.close();

        // when a new reader opens with that context
        List<Article> rest = readAll(new ArticleItemReader(second, DATE), context);

        // then it goes on with the last article, cited by its line in the whole file
        assertThat(rest).extracting(Article::articleId).containsExactly("4");
        assertThat(rest).extracting(Article::line).containsExactly(4);
    }
}
