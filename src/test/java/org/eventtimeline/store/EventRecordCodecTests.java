package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static EventRecord roundTrip(EventRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            EventRecordCodec.write(out, record);
        }
        return EventRecordCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
