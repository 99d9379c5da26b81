package org.eventtimeline.devset;

import java.time.LocalDate;

import org.eventtimeline.domain.Article;

/** One paragraph of the development set with its reference date and what the pipeline must extract from it. */
public record DevelopmentEntry(String id, LocalDate referenceDate, String text, Expected expected) {

    /** The one-paragraph article the pipeline reads for this entry, at {@code line} of the development file. */
    public Article toArticle(int line) {
        return Article.ofLine("devset", line, referenceDate, text);
    }
}
