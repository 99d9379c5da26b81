package org.eventtimeline.store;

import java.util.List;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.SkippedItem;
import org.eventtimeline.extract.ExtractionFailedException;
import org.eventtimeline.read.MalformedArticleException;
import org.springframework.batch.core.listener.SkipListener;

/** Hears the step's skips and records each skipped item with its file, line and reason. */
public class SkippedItemListener implements SkipListener<Article, List<EventRecord>> {

    private final SkippedItemRepository repository;
    private final String runKey;

    public SkippedItemListener(SkippedItemRepository repository, String runKey) {
        this.repository = repository;
        this.runKey = runKey;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (t instanceof MalformedArticleException malformed) {
            repository.record(runKey, new SkippedItem(malformed.source(), malformed.line(), malformed.reason()));
        } else {
            repository.record(runKey, new SkippedItem("?", 0, oneLine(t)));
        }
    }

    @Override
    public void onSkipInProcess(Article item, Throwable t) {
        repository.record(runKey, new SkippedItem(item.source(), item.line(), oneLine(t)));
    }

    private static String oneLine(Throwable t) {
        Throwable cause = t instanceof ExtractionFailedException && t.getCause() != null ? t.getCause() : t;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.toString();
        return message.replace('\n', ' ');
    }
}
