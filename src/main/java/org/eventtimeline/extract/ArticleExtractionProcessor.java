package org.eventtimeline.extract;

import java.util.List;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads an article and produces its event records through the pipeline; an article without events is filtered. An
 * extractor that fails on one article fails only that article: it is skipped and listed, the run goes on. Very long
 * paragraphs are cut first ({@link ParagraphCap}).
 */
public class ArticleExtractionProcessor implements ItemProcessor<Article, List<EventRecord>> {

    private final Pipeline pipeline;

    public ArticleExtractionProcessor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<EventRecord> process(Article article) {
        List<EventRecord> records;
        try {
            records = pipeline.process(ParagraphCap.apply(article));
        } catch (RuntimeException e) {
            throw new ExtractionFailedException(article, e);
        }
        return records.isEmpty() ? null : records;
    }
}
