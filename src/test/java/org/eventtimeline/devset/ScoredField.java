package org.eventtimeline.devset;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.Place;

/**
 * A field the development set scores: its name in the JSON Lines file, how to read the predicted value(s) from an
 * {@link EventRecord}, and when a prediction matches the gold.
 */
public enum ScoredField {
    RECORD("record", record -> List.of("record"), Match.EXACT),
    EVENT_DATE("eventDate", record -> record.date() == null ? List.of() : List.of(record.date().isoStart()),
            Match.EXACT),
    DATE_PRECISION("datePrecision",
            record -> record.date() == null ? List.of() : List.of(record.date().precision().name()), Match.EXACT),
    COUNTRY("country", record -> nonBlank(record.country()), Match.EXACT),
    LOCATION("location", record -> record.locations().stream().map(Place::name).filter(ScoredField::isText)
            .toList(), Match.ANY_EQUALS),
    ACTORS("actors", record -> record.actors().stream().map(Actor::name).filter(ScoredField::isText).toList(),
            Match.ALL_CONTAINED),
    KILLED("killed", record -> number(record, Casualties::killed), Match.EXACT),
    INJURED("injured", record -> number(record, Casualties::injured), Match.EXACT),
    MISSING("missing", record -> number(record, Casualties::missing), Match.EXACT),
    ABDUCTED("abducted", record -> number(record, Casualties::abducted), Match.EXACT),
    ARRESTED("arrested", record -> number(record, Casualties::arrested), Match.EXACT),
    EVENT_TYPE("eventType", record -> record.type() == null ? List.of() : List.of(record.type().name()),
            Match.EXACT);

    /** How gold values are compared with predicted ones, case-insensitively. */
    private enum Match {
        /** One predicted value equal to the one gold value. */
        EXACT,
        /** The gold value equals one of the predicted values (punctuation and spacing ignored). */
        ANY_EQUALS,
        /** Every gold value is contained in one of the predicted values (punctuation and spacing ignored). */
        ALL_CONTAINED
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final String jsonName;
    private final Function<EventRecord, List<String>> reader;
    private final Match match;

    ScoredField(String jsonName, Function<EventRecord, List<String>> reader, Match match) {
        this.jsonName = jsonName;
        this.reader = reader;
        this.match = match;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The predicted values of this field, empty when there is no record or the record leaves the field empty. */
    public List<String> predicted(EventRecord record) {
        return record == null ? List.of() : reader.apply(record);
    }

    /** Whether non-empty predicted values match non-empty gold values. */
    public boolean matches(GoldValue gold, List<String> predicted) {
        return switch (match) {
            case EXACT -> predicted.size() == 1 && gold.values().size() == 1
                    && gold.first().trim().equalsIgnoreCase(predicted.get(0).trim());
            case ANY_EQUALS -> gold.values().stream()
                    .allMatch(g -> predicted.stream().anyMatch(p -> squeeze(p).equals(squeeze(g))));
            case ALL_CONTAINED -> gold.values().stream()
                    .allMatch(g -> predicted.stream().anyMatch(p -> squeeze(p).contains(squeeze(g))));
        };
    }

    /** The field whose JSON name is {@code name}. */
    public static ScoredField byJsonName(String name) {
        for (ScoredField field : values()) {
            if (field.jsonName.equals(name)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown expected field: " + name);
    }

    /**
     * Lower case letters and digits without accents only, so "J.D. Vance" equals "JD Vance", "Kim Yo-jong"
     * "Kim Yo Jong" and "Bogotá" "Bogota".
     */
    static String squeeze(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        unaccented.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isText(String text) {
        return text != null && !text.isBlank();
    }

    private static List<String> nonBlank(String text) {
        return isText(text) ? List.of(text) : List.of();
    }

    private static List<String> number(EventRecord record, Function<Casualties, Integer> figure) {
        Casualties casualties = record.casualties();
        Integer value = casualties == null ? null : figure.apply(casualties);
        return value == null ? List.of() : List.of(Objects.toString(value));
    }
}
