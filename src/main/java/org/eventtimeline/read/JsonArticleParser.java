package org.eventtimeline.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Paragraph;

/**
 * Reads one JSON Lines record ({@code id}, {@code date}, optional {@code title}, {@code text} with paragraphs split
 * by newlines) and produces an article whose reference date is its own date, or the run's when it has none.
 */
public final class JsonArticleParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Article parse(String source, int line, String json, LocalDate runReferenceDate) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedArticleException(source, line, "not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedArticleException(source, line, "not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new MalformedArticleException(source, line, "no \"text\" field");
        }
        LocalDate date = date(source, line, node.get("date"), runReferenceDate);
        String id = textOrNull(node.get("id"));
        String title = textOrNull(node.get("title"));
        return new Article(source, id, line, date, title, paragraphs(text.asText(), line));
    }

    private LocalDate date(String source, int line, JsonNode date, LocalDate fallback) {
        if (date == null || date.isNull()) {
            return fallback;
        }
        String value = date.asText().trim();
        try {
            // Accept a full timestamp too: its first ten characters are the date.
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new MalformedArticleException(source, line, "\"date\" is not a YYYY-MM-DD date: " + abbreviate(value));
        }
    }

    private List<Paragraph> paragraphs(String text, int line) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String part : text.split("\\r?\\n")) {
            if (!part.isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), line, part.strip()));
            }
        }
        return paragraphs;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
