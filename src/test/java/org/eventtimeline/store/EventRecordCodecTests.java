package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;

class EventRecordCodecTests {

    @Test
    void aRecordWithEveryFieldSetReadsBackEqual() throws IOException {
        // given a merged record: a date range, actors and places, casualties, sources joined, a long evidence text
        EventRecord full = new EventRecord("ef0c976a4d77ce93",
                DateValue.day(LocalDate.of(2008, 1, 3)).withEnd(LocalDate.of(2008, 1, 9)), "3-9 January 2008",
                EventType.ATTACK, List.of(new Actor("Joseph Jensen", "Prime Minister", "Niger", ActorKind.PERSON),
                        new Actor("NATO", null, null, ActorKind.ORGANISATION)),
                List.of(new Place("Niamey", "Niger", PlaceKind.CITY), new Place("Sahel", null, null)), "Niger",
                new Casualties(211, null, 0, null, 3, "at least 211 people"), "a.txt; b.jsonl", "art-7", 16664,
                "Prices rose — «sharply» since January 2008. ".repeat(2_000), 0.7000000000000001);

        // when / then
        assertThat(roundTrip(full)).isEqualTo(full);
    }

    @Test
    void aRecordWithNothingOptionalReadsBackEqual() throws IOException {
        // given a record without date, type, casualties, country, article id or texts
        EventRecord bare = new EventRecord("e1", null, null, null, List.of(), List.of(), null, null, null, null, 0,
                null, 0.2);
        EventRecord reported = new EventRecord("e2", DateValue.reported(LocalDate.of(2025, 3, 29)), "",
                EventType.STATEMENT, List.of(), List.of(), null, Casualties.NONE, "c.txt", null, 1, "", 0.2);

        // when / then
        assertThat(roundTrip(bare)).isEqualTo(bare);
        assertThat(roundTrip(reported)).isEqualTo(reported);
    }

    @Test
    void stagedBytesStartWithTheirFormatAndReadBackEqual() {
        // given a record encoded as a staging row's payload
        EventRecord record = new EventRecord("e3", DateValue.reported(LocalDate.of(2025, 3, 29)), "",
                EventType.ATTACK, List.of(), List.of(), null, Casualties.NONE, "d.txt", null, 4, "", 0.5);
        byte[] bytes = EventRecordCodec.bytes(record);

        // when / then
        assertThat(bytes[0]).isEqualTo(EventRecordCodec.STAGED_FORMAT);
        assertThat(EventRecordCodec.fromBytes(bytes)).isEqualTo(record);
    }

    @Test
    void stagedBytesOfAnotherFormatAreRefusedWithTheFormatNamed() {
        // given a payload whose first byte names a format this version does not read
        byte[] bytes = EventRecordCodec.bytes(new EventRecord("e4", null, null, null, List.of(), List.of(), null,
                null, null, null, 0, null, 0.2));
        bytes[0] = 9;

        // when / then
        assertThatThrownBy(() -> EventRecordCodec.fromBytes(bytes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a staged event of " + bytes.length + " bytes is in format 9, this version reads format 1");
    }

    @Test
    void enumOrdinalsStoredInStagedEventsKeepTheirOrder() {
        // staged events of earlier runs hold these ordinals: new constants go at the end, none is moved or removed
        assertThat(DatePrecision.values()).startsWith(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR,
                DatePrecision.REPORTED);
        assertThat(EventType.values()).startsWith(EventType.ATTACK, EventType.EXPLOSION, EventType.DISASTER,
                EventType.ABDUCTION, EventType.ARREST, EventType.PROTEST, EventType.MILITARY, EventType.EVACUATION,
                EventType.CANCELLATION, EventType.MEETING, EventType.AGREEMENT, EventType.THREAT, EventType.STATEMENT,
                EventType.OTHER);
        assertThat(ActorKind.values()).startsWith(ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.STATE,
                ActorKind.GROUP);
        assertThat(PlaceKind.values()).startsWith(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.TERRITORY,
                PlaceKind.CITY, PlaceKind.LOCALITY);
    }

    private static EventRecord roundTrip(EventRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            EventRecordCodec.write(out, record);
        }
        return EventRecordCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
