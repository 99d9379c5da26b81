package org.eventtimeline.extract.assemble;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eventtimeline.domain.Article;

/** Reads a paragraph's position, reference date and text and produces its stable event id (16 hex digits). */
public final class EventIds {

    /** One digest per thread: looking the algorithm up for every paragraph cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    public String idFor(Article article, int paragraph, String text) {
        // the UTF-8 bytes of "source|id|line|paragraph|date|text", hashed in two parts: the cut follows a '|', so
        // no surrogate pair is split and the bytes are those of the whole key, without copying the text into it
        String head = article.source() + '|' + (article.articleId() == null ? "" : article.articleId()) + '|'
                + article.line() + '|' + paragraph + '|' + article.referenceDate() + '|';
        MessageDigest digest = SHA_256.get();
        digest.update(head.getBytes(StandardCharsets.UTF_8));
        byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, 8);
    }
}
