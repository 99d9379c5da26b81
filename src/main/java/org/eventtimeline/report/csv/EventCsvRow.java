package org.eventtimeline.report.csv;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.Place;
import org.eventtimeline.report.FormulaGuard;
import org.eventtimeline.report.TwoDecimals;

/**
 * Reads an event record and produces its events.csv row as strings, in the contract's column order; text cells
 * are guarded against formula injection, numeric cells are not (a number is never a formula).
 */
public final class EventCsvRow {

    /** The events.csv header, a contract: columns may only ever be appended. */
    public static final List<String> HEADER = List.of("event_id", "event_date", "end_date", "date_precision",
            "date_text", "event_type", "actors", "locations", "country", "killed", "injured", "missing", "abducted",
            "casualty_text", "source", "article_id", "line", "evidence", "confidence", "arrested");

    /** Separator of several actors or locations in one cell. */
    public static final String LIST_SEPARATOR = "; ";

    private EventCsvRow() {
    }

    /** The header as an array, for a CSV writer. */
    public static String[] header() {
        return HEADER.toArray(String[]::new);
    }

    /** The row of one event, one string per header column; empty strings for missing values. */
    public static String[] of(EventRecord event) {
        Casualties casualties = event.casualties() == null ? Casualties.NONE : event.casualties();
        boolean dated = event.date() != null;
        return new String[] {
            text(event.eventId()),
            dated ? event.date().isoStart() : "",
            dated ? event.date().isoEnd() : "",
            dated ? event.date().precision().name() : "",
            text(event.dateText()),
            event.type() == null ? "" : event.type().name(),
            text(actorNames(event.actors())),
            text(placeNames(event.locations())),
            text(event.country()),
            number(casualties.killed()),
            number(casualties.injured()),
            number(casualties.missing()),
            number(casualties.abducted()),
            text(casualties.text()),
            text(event.source()),
            text(event.articleId()),
            Integer.toString(event.line()),
            text(event.evidence()),
            confidence(event.confidence()),
            number(casualties.arrested()),
        };
    }

    /** Actor names joined by "; ", without roles. */
    public static String actorNames(List<Actor> actors) {
        if (actors.size() == 1) {
            return Objects.toString(actors.get(0).name(), "");
        }
        StringJoiner names = new StringJoiner(LIST_SEPARATOR);
        for (Actor actor : actors) {
            if (actor.name() != null) {
                names.add(actor.name());
            }
        }
        return names.toString();
    }

    /** Place names joined by "; ". */
    public static String placeNames(List<Place> places) {
        if (places.size() == 1) {
            return Objects.toString(places.get(0).name(), "");
        }
        StringJoiner names = new StringJoiner(LIST_SEPARATOR);
        for (Place place : places) {
            if (place.name() != null) {
                names.add(place.name());
            }
        }
        return names.toString();
    }

    /** A confidence with two decimals and a dot, or empty when it is not a finite number. */
    static String confidence(double value) {
        return Double.isFinite(value) ? TwoDecimals.format(value) : "";
    }

    private static String number(Integer value) {
        return value == null ? "" : Integer.toString(value);
    }

    private static String text(String value) {
        return FormulaGuard.neutralise(value);
    }
}
