package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eventtimeline.domain.Article;
import org.junit.jupiter.api.Test;

class ArticleExtractionProcessorTests {

    private static final Article ARTICLE = Article.ofLine("news.txt", 7, LocalDate.of(2025, 3, 29), "Some text.");

    @Test
    void anArticleWithoutRecordsIsFiltered() {
        // given a pipeline that finds nothing
        ArticleExtractionProcessor processor = new ArticleExtractionProcessor(new Pipeline(List.of()));

        // when / then
        assertThat(processor.process(ARTICLE)).isNull();
    }

    @Test
    void aFailingExtractorFailsOnlyItsArticleWithWhereItWas() {
        // given an extractor with a bug
        Extractor broken = new Extractor() {
            @Override
            public void annotate(Document document) {
                throw new StringIndexOutOfBoundsException("begin 0, end -1");
            }

            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> provides() {
                return Set.of();
            }
        };
        ArticleExtractionProcessor processor = new ArticleExtractionProcessor(new Pipeline(List.of(broken)));

        // when / then the fault names the article and is the skippable kind
        assertThatThrownBy(() -> processor.process(ARTICLE)).isInstanceOf(ExtractionFailedException.class)
                .hasMessageStartingWith("extraction failed on news.txt line 7: java.lang.StringIndexOutOfBounds");
    }
}
