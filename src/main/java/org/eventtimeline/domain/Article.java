package org.eventtimeline.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One input item: a line of a {@code .txt} file (one paragraph) or a JSON Lines article (several paragraphs).
 * Relative dates in its text resolve against {@code referenceDate}.
 */
public record Article(String source, String articleId, int line, LocalDate referenceDate, String title,
                      List<Paragraph> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A one-paragraph article, as a line of a plain-text input gives. */
    public static Article ofLine(String source, int line, LocalDate referenceDate, String text) {
        return new Article(source, null, line, referenceDate, null, List.of(new Paragraph(0, line, text)));
    }
}
