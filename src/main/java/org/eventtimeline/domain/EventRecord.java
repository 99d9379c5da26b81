package org.eventtimeline.domain;

import java.util.List;

/** One extracted event: when, what, who, where, casualties, and the evidence it came from. */
public record EventRecord(String eventId, DateValue date, String dateText, EventType type, List<Actor> actors,
                          List<Place> locations, String country, Casualties casualties, String source,
                          String articleId, int line, String evidence, double confidence) {

    public EventRecord {
        actors = List.copyOf(actors);
        locations = List.copyOf(locations);
    }
}
