package org.eventtimeline.extract;

import org.eventtimeline.domain.Article;

/** An extractor failed on one article; the job skips that article and lists it with this message. */
public class ExtractionFailedException extends RuntimeException {

    public ExtractionFailedException(Article article, RuntimeException cause) {
        super("extraction failed on " + article.source() + " line " + article.line() + ": " + cause, cause);
    }
}
