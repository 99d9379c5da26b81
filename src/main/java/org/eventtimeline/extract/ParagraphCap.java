package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Paragraph;

/**
 * Reads an article and produces it with each paragraph cut to its first {@link #MAX_CHARS} characters (at a word
 * break), so that one pathological line (a whole file without line breaks) costs seconds, not hours: the extractors'
 * time grows faster than linearly with paragraph length, and a news paragraph is far shorter than the cap.
 */
public final class ParagraphCap {

    /** The longest paragraph the extractors see. */
    public static final int MAX_CHARS = 20_000;

    private ParagraphCap() {
    }

    /** The article itself when no paragraph is longer than the cap, else a copy with the long ones cut. */
    public static Article apply(Article article) {
        if (article.paragraphs().stream().allMatch(p -> p.text().length() <= MAX_CHARS)) {
            return article;
        }
        List<Paragraph> capped = new ArrayList<>(article.paragraphs().size());
        for (Paragraph p : article.paragraphs()) {
            capped.add(p.text().length() <= MAX_CHARS ? p : new Paragraph(p.index(), p.line(), cut(p.text())));
        }
        return new Article(article.source(), article.articleId(), article.line(), article.referenceDate(), article.title(),
                capped);
    }

    static String cut(String text) {
        int end = MAX_CHARS;
        while (end > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end > MAX_CHARS / 2 ? end : MAX_CHARS).strip();
    }
}
