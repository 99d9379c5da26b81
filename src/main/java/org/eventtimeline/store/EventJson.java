package org.eventtimeline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.eventtimeline.domain.EventRecord;

/**
 * Reads and writes an event record as the JSON text payload that staging rows held before they held bytes: data
 * directories of before still hold it until {@link StagingPayload} moves them on.
 */
final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    static String write(EventRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + record.eventId(), e);
        }
    }

    static EventRecord read(String json) {
        try {
            return MAPPER.readValue(json, EventRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read staged event: " + e.getOriginalMessage(), e);
        }
    }
}
