package org.eventtimeline.devset;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a development entry must give: whether a record exists at all and, for the fields it scores, their gold
 * values. A field absent from the map is not scored.
 */
public record Expected(boolean recordExpected, Map<ScoredField, GoldValue> fields) {

    /** The paragraph must give no record (photo credit, byline, ...). */
    public static final Expected NO_RECORD = new Expected(false, Map.of());

    public Expected {
        if (fields.containsKey(ScoredField.RECORD)) {
            throw new IllegalArgumentException("RECORD is given by recordExpected, not as a field");
        }
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
    }

    /** A record is expected, with these scored fields. */
    public static Expected record(Map<ScoredField, GoldValue> fields) {
        return new Expected(true, fields);
    }

    /** The gold value of a field, empty when the field is not scored for this entry. */
    public Optional<GoldValue> gold(ScoredField field) {
        if (field == ScoredField.RECORD) {
            return Optional.of(recordExpected ? GoldValue.of("record") : GoldValue.EMPTY);
        }
        return Optional.ofNullable(fields.get(field));
    }
}
