package org.eventtimeline.extract.assemble;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eventtimeline.domain.Article;

/** Reads a paragraph's position, reference date and text and produces its stable event id (16 hex digits). */
public final class EventIds {

    public String idFor(Article article, int paragraph, String text) {
        String key = article.source() + '|' + (article.articleId() == null ? "" : article.articleId()) + '|'
                + article.line() + '|' + paragraph + '|' + article.referenceDate() + '|' + text;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
