package org.eventtimeline.devset;

import java.util.List;

/** One expected field value of a development entry: its text forms, or none when the field must be empty. */
public record GoldValue(List<String> values) {

    public static final GoldValue EMPTY = new GoldValue(List.of());

    public GoldValue {
        values = List.copyOf(values);
    }

    public static GoldValue of(String... values) {
        return new GoldValue(List.of(values));
    }

    /** True when the gold says the field must be empty (JSON null). */
    public boolean mustBeEmpty() {
        return values.isEmpty();
    }

    public String first() {
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return values.isEmpty() ? "(empty)" : String.join("; ", values);
    }
}
