package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;

class EventMergerTests {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 28);

    private static EventRecord shooting(String id, String source, int line, double confidence, String evidence) {
        return new EventRecord(id, DateValue.day(FRIDAY), "on Friday", EventType.ATTACK, List.of(),
                List.of(new Place("Chicago", "United States", PlaceKind.CITY)), "United States",
                new Casualties(3, 2, null, null, null, "three people"), source, null, line, evidence, confidence);
    }

    private static EventRecord record(String id, DateValue date, EventType type, List<Place> places, String country,
                                      Casualties casualties, String source) {
        return new EventRecord(id, date, null, type, List.of(), places, country, casualties, source, null, 1,
                "evidence of " + id, 0.5);
    }

    @Test
    void mergesTheSameEventReportedOnTwoNightsAndListsBothSources() {
        // given the same shooting reported on two nights, and a protest only on the second
        EventRecord first = shooting("a1", "2025-03-29.txt", 4, 0.8, "Three people were killed in Chicago.");
        EventRecord second = shooting("b7", "2025-03-30.txt", 2, 0.8, "Police named the three killed.");
        EventRecord protest = record("b9", DateValue.day(FRIDAY.plusDays(1)), EventType.PROTEST,
                List.of(new Place("Paris", "France", PlaceKind.CITY)), "France", Casualties.NONE, "2025-03-30.txt");

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(protest, second, first));

        // then one shooting row with both sources (its own first), fields and evidence of the preferred record
        assertThat(merged).hasSize(2);
        EventRecord shooting = merged.get(0);
        assertThat(shooting.eventId()).isEqualTo("a1");
        assertThat(shooting.source()).isEqualTo("2025-03-29.txt; 2025-03-30.txt");
        assertThat(shooting.evidence()).isEqualTo("Three people were killed in Chicago.");
        assertThat(shooting.line()).isEqualTo(4);
        assertThat(shooting.casualties().killed()).isEqualTo(3);
        assertThat(merged.get(1).eventId()).isEqualTo("b9");
        assertThat(merged.get(1).source()).isEqualTo("2025-03-30.txt");
    }

    @Test
    void keepsTheFieldsOfTheMostConfidentReport() {
        // given the later report is more confident
        EventRecord first = shooting("a1", "a.txt", 4, 0.6, "first");
        EventRecord second = shooting("b7", "b.txt", 2, 0.9, "second");

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(first, second));

        // then its fields and evidence stand, and its source comes first
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("b7");
            assertThat(e.evidence()).isEqualTo("second");
            assertThat(e.source()).isEqualTo("b.txt; a.txt");
        });
    }

    @Test
    void keepsEventsThatDifferInFiguresPlaceDateOrTypeApart() {
        // given the shooting and four variants of it
        EventRecord base = shooting("a1", "a.txt", 1, 0.8, "x");
        EventRecord otherToll = new EventRecord("b1", base.date(), null, base.type(), List.of(), base.locations(),
                base.country(), new Casualties(4, 2, null, null, null, "four"), "b.txt", null, 1, "y", 0.8);
        EventRecord otherPlace = new EventRecord("b2", base.date(), null, base.type(), List.of(),
                List.of(new Place("Gary", "United States", PlaceKind.CITY)), base.country(), base.casualties(),
                "b.txt", null, 2, "y", 0.8);
        EventRecord otherDate = new EventRecord("b3", DateValue.day(FRIDAY.minusDays(1)), null, base.type(),
                List.of(), base.locations(), base.country(), base.casualties(), "b.txt", null, 3, "y", 0.8);
        EventRecord otherType = new EventRecord("b4", base.date(), null, EventType.EXPLOSION, List.of(),
                base.locations(), base.country(), base.casualties(), "b.txt", null, 4, "y", 0.8);

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(base, otherToll, otherPlace, otherDate, otherType));

        // then nothing merged
        assertThat(merged).extracting(EventRecord::eventId).containsExactly("b3", "a1", "b1", "b2", "b4");
        assertThat(merged).extracting(EventRecord::source).containsOnly("a.txt", "b.txt");
    }

    @Test
    void placeIsTheFirstLocationOrElseTheCountryCaseFolded() {
        // given one report naming the city in capitals, one report with only the country
        EventRecord city = shooting("a1", "a.txt", 1, 0.8, "x");
        EventRecord shouted = new EventRecord("b1", city.date(), null, city.type(), List.of(),
                List.of(new Place("CHICAGO", null, PlaceKind.CITY)), null, city.casualties(), "b.txt", null, 1, "y",
                0.7);
        EventRecord countryOnly = new EventRecord("c1", city.date(), null, city.type(), List.of(), List.of(),
                "United States", city.casualties(), "c.txt", null, 1, "z", 0.7);

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(city, shouted, countryOnly));

        // then the city reports merge; the country-only one keys on the country and stays apart
        assertThat(merged).extracting(EventRecord::source).containsExactlyInAnyOrder("a.txt; b.txt", "c.txt");
        assertThat(EventMerger.mergeKey(countryOnly)).isEqualTo("ATTACK|united states|2025-03-28/DAY|3|2|||");
    }

    @Test
    void weakEventsStayApart() {
        // given the same statement twice: no place, no casualties, only the reference date
        EventRecord first = record("a1", DateValue.reported(FRIDAY), EventType.STATEMENT, List.of(), null,
                Casualties.NONE, "a.txt");
        EventRecord second = record("b1", DateValue.reported(FRIDAY), EventType.STATEMENT, List.of(), null,
                Casualties.NONE, "b.txt");
        // and a protest in Paris in March 2025 twice: a place but neither casualties nor a day
        EventRecord march1 = record("a2", DateValue.month(2025, 3), EventType.PROTEST,
                List.of(new Place("Paris", "France", PlaceKind.CITY)), "France", Casualties.NONE, "a.txt");
        EventRecord march2 = record("b2", DateValue.month(2025, 3), EventType.PROTEST,
                List.of(new Place("Paris", "France", PlaceKind.CITY)), "France", Casualties.NONE, "b.txt");

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(first, second, march1, march2));

        // then all four rows stay, each with its own source
        assertThat(merged).extracting(EventRecord::eventId).containsExactly("a2", "b2", "a1", "b1");
        assertThat(EventMerger.mergeKey(first)).isNull();
        assertThat(EventMerger.mergeKey(march1)).isNull();
    }

    @Test
    void aDatedEventWithCasualtiesButNoPlaceStillMerges() {
        // given "two soldiers were killed in 2024" on two nights
        Casualties two = new Casualties(2, null, null, null, null, "two soldiers");
        EventRecord first = record("a1", DateValue.year(2024), EventType.ATTACK, List.of(), null, two, "a.txt");
        EventRecord second = record("b1", DateValue.year(2024), EventType.ATTACK, List.of(), null, two, "b.txt");

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(first, second));

        // then
        assertThat(merged).singleElement().extracting(EventRecord::source).isEqualTo("a.txt; b.txt");
    }

    @Test
    void theSameSourceTwiceIsListedOnce() {
        // given two nights whose input file has the same name
        EventRecord first = shooting("a1", "news.txt", 4, 0.8, "x");
        EventRecord second = shooting("b1", "news.txt", 9, 0.8, "y");
        List<EventRecord> out = new ArrayList<>();
        EventMerger merger = EventMerger.into(out::add);

        // when the streaming merger gets them under one key
        merger.accept("k", first);
        merger.accept("k", second);
        merger.finish();

        // then
        assertThat(out).singleElement().extracting(EventRecord::source).isEqualTo("news.txt");
        assertThat(merger.emitted()).isEqualTo(1);
    }

    @Test
    void aWeakEventStagedTwiceUnderOneEventIdIsListedOnce() {
        // given the same statement of the same file and reference date, staged by two runs (the file was touched)
        EventRecord first = record("a1", DateValue.reported(FRIDAY), EventType.STATEMENT, List.of(), null,
                Casualties.NONE, "a.txt");
        EventRecord again = record("a1", DateValue.reported(FRIDAY), EventType.STATEMENT, List.of(), null,
                Casualties.NONE, "a.txt");

        // when
        List<EventRecord> merged = EventMerger.mergeAll(List.of(first, again));

        // then
        assertThat(merged).singleElement().extracting(EventRecord::source).isEqualTo("a.txt");
        assertThat(EventMerger.groupKey(first)).isEqualTo("~a1");
    }
}
