package org.eventtimeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Paragraph;
import org.junit.jupiter.api.Test;

class JsonArticleParserTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 3, 29);
    private final JsonArticleParser parser = new JsonArticleParser();

    @Test
    void readsIdDateTitleAndParagraphs() {
        // given
        String json = "{\"id\":\"a1\",\"date\":\"2024-03-05\",\"title\":\"Quake\",\"text\":\"First.\\n\\nSecond.\"}";

        // when
        Article article = parser.parse("news.jsonl", 7, json, RUN_DATE);

        // then
        assertThat(article.articleId()).isEqualTo("a1");
        assertThat(article.referenceDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.title()).isEqualTo("Quake");
        assertThat(article.line()).isEqualTo(7);
        assertThat(article.paragraphs()).containsExactly(new Paragraph(0, 7, "First."), new Paragraph(1, 7, "Second."));
    }

    @Test
    void takesTheRunDateWhenTheArticleHasNoneAndTheDayOfATimestamp() {
        // given
        String undated = "{\"id\":\"a\",\"text\":\"Body.\"}";
        String stamped = "{\"id\":\"b\",\"date\":\"2024-03-05T10:15:00Z\",\"text\":\"Body.\"}";

        // when / then
        assertThat(parser.parse("n.jsonl", 1, undated, RUN_DATE).referenceDate()).isEqualTo(RUN_DATE);
        assertThat(parser.parse("n.jsonl", 2, stamped, RUN_DATE).referenceDate()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void rejectsBrokenJsonMissingTextAndBadDatesWithTheirReason() {
        assertThatThrownBy(() -> parser.parse("n.jsonl", 3, "{not json", RUN_DATE))
                .isInstanceOf(MalformedArticleException.class).hasMessage("n.jsonl line 3: not valid JSON");
        assertThatThrownBy(() -> parser.parse("n.jsonl", 4, "{\"id\":\"x\"}", RUN_DATE))
                .hasMessage("n.jsonl line 4: no \"text\" field");
        assertThatThrownBy(() -> parser.parse("n.jsonl", 5, "{\"date\":\"yesterday\",\"text\":\"t\"}", RUN_DATE))
                .isInstanceOfSatisfying(MalformedArticleException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.reason()).isEqualTo("\"date\" is not a YYYY-MM-DD date: yesterday");
                });
    }
}
