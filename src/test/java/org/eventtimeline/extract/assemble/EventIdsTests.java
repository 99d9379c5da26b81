package org.eventtimeline.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Paragraph;
import org.junit.jupiter.api.Test;

class EventIdsTests {

    private final EventIds ids = new EventIds();

    @Test
    void givesTheFirstSixteenHexDigitsOfTheKeysSha256() throws Exception {
        // given articles with and without an id, and texts with accents, emoji and lone surrogates at the cut
        List<Article> articles = List.of(
                Article.ofLine("news.txt", 7, LocalDate.of(2025, 3, 29), "Floods hit Bamako."),
                new Article("feed\uD83D", "a-1\uD800", 3, LocalDate.of(2024, 1, 2), null,
                        List.of(new Paragraph(0, 3, "x"))));
        List<String> texts = List.of("Floods hit Bamako.", "Zürich ☂ \uD83D\uDE00 done", "\uDC00 starts low",
                "ends high \uD83D", "");

        // when / then: the id is that of the whole key "source|id|line|paragraph|date|text" as one UTF-8 string
        for (Article article : articles) {
            for (String text : texts) {
                String key = article.source() + '|' + (article.articleId() == null ? "" : article.articleId())
                        + '|' + article.line() + '|' + 2 + '|' + article.referenceDate() + '|' + text;
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                assertThat(ids.idFor(article, 2, text)).as(key).isEqualTo(HexFormat.of().formatHex(hash, 0, 8));
            }
        }
        assertThat(ids.idFor(articles.get(0), 0, "Floods hit Bamako.")).hasSize(16);
    }
}
