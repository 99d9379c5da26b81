package org.eventtimeline.devset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the development set, {@code devset/devset.jsonl} on the test class path: one JSON object per line with
 * {@code id}, {@code referenceDate}, {@code text} and {@code expected} (null when the line must give no record).
 * In {@code expected}, an absent field is not scored and a JSON null means the field must be empty.
 */
public final class DevelopmentSet {

    public static final String RESOURCE = "/devset/devset.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevelopmentSet() {
    }

    /** All entries in file order; entry {@code i} is line {@code i + 1} of the file. */
    public static List<DevelopmentEntry> load() {
        try (InputStream in = DevelopmentSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Development set not found on the class path: " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON Lines text; blank lines are not allowed, so positions stay line numbers. */
    static List<DevelopmentEntry> read(BufferedReader reader) throws IOException {
        List<DevelopmentEntry> entries = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                throw new IllegalArgumentException("Blank line " + lineNo + " in the development set");
            }
            entries.add(parse(JSON.readTree(line), lineNo));
        }
        return entries;
    }

    private static DevelopmentEntry parse(JsonNode node, int lineNo) {
        String id = required(node, "id", lineNo).asText();
        LocalDate referenceDate = LocalDate.parse(required(node, "referenceDate", lineNo).asText());
        String text = required(node, "text", lineNo).asText();
        JsonNode expected = node.get("expected");
        return new DevelopmentEntry(id, referenceDate, text, expected(expected, id));
    }

    private static Expected expected(JsonNode node, String id) {
        if (node == null || node.isNull()) {
            return Expected.NO_RECORD;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(id + ": expected must be an object or null");
        }
        Map<ScoredField, GoldValue> fields = new EnumMap<>(ScoredField.class);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            fields.put(ScoredField.byJsonName(field.getKey()), gold(field.getValue()));
        }
        return Expected.record(fields);
    }

    private static GoldValue gold(JsonNode value) {
        if (value.isNull()) {
            return GoldValue.EMPTY;
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(item -> values.add(item.asText()));
            return new GoldValue(values);
        }
        return GoldValue.of(value.asText());
    }

    private static JsonNode required(JsonNode node, String name, int lineNo) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("Line " + lineNo + " lacks " + name);
        }
        return value;
    }
}
