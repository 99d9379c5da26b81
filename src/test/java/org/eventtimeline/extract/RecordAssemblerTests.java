package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Paragraph;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;

/** The assembler over hand-made mentions, so that each rule is tested without the other extractors. */
class RecordAssemblerTests {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 29);

    private static Document split(String text) {
        Document document = Document.of(text, REFERENCE);
        new SentenceSplitter().annotate(document);
        return document;
    }

    private static EventRecord assembleOne(Document document) {
        new RecordAssembler().annotate(document);
        assertThat(document.records()).hasSize(1);
        return document.records().get(0);
    }

    @Test
    void takesTheEventDateOverTheDateOfTheReport() {
        // given a statement dated yesterday about an attack on Tuesday
        Document document = split("A policeman has gone missing after gangs attacked officers, the mission said "
                + "yesterday. The officers on Tuesday were on their way to a rescue.");
        document.dates().add(new DateMention(0, 77, 86, "yesterday", DateValue.day(REFERENCE.minusDays(1)), true));
        document.dates().add(new DateMention(1, 13, 23, "on Tuesday", DateValue.day(LocalDate.of(2025, 3, 25)), false));
        document.casualties().add(new CasualtyMention(0, 0, 34, "A policeman has gone missing", CasualtyKind.MISSING,
                1, false, false));

        // when
        EventRecord record = assembleOne(document);

        // then the record takes Tuesday, and both sentences are its evidence
        assertThat(record.date().isoStart()).isEqualTo("2025-03-25");
        assertThat(record.dateText()).isEqualTo("on Tuesday");
        assertThat(record.casualties().missing()).isEqualTo(1);
        assertThat(record.evidence()).contains("has gone missing").contains("on Tuesday");
    }

    @Test
    void fallsBackToTheReportDateAndThenToReported() {
        // given one paragraph with only a report date, and one with none
        Document reported = split("The ministry said on Friday that the talks had ended.");
        reported.dates().add(new DateMention(0, 18, 27, "on Friday", DateValue.day(LocalDate.of(2025, 3, 28)), true));
        Document undated = split("The ministry said the talks had ended.");

        // when
        EventRecord first = assembleOne(reported);
        EventRecord second = assembleOne(undated);

        // then
        assertThat(first.date().isoStart()).isEqualTo("2025-03-28");
        assertThat(second.date().precision()).isEqualTo(DatePrecision.REPORTED);
        assertThat(second.date().isoStart()).isEqualTo("2025-03-29");
        assertThat(second.dateText()).isEmpty();
    }

    @Test
    void ranksSpecificPlacesFirstAndTakesTheCountryFromThem() {
        // given a fire outside Malaysia's largest city, in a locality outside Kuala Lumpur
        Document document = split("A fire spread outside Malaysia’s largest city. "
                + "The inferno in Putra Heights outside Kuala Lumpur lasted hours.");
        document.places().add(new PlaceMention(0, 22, 30, "Malaysia", new Place("Malaysia", "Malaysia",
                PlaceKind.COUNTRY), 0.6));
        document.places().add(new PlaceMention(1, 15, 28, "Putra Heights", new Place("Putra Heights", "Malaysia",
                PlaceKind.LOCALITY), 0.8));
        document.places().add(new PlaceMention(1, 37, 49, "Kuala Lumpur", new Place("Kuala Lumpur", "Malaysia",
                PlaceKind.CITY), 0.7));

        // when
        EventRecord record = assembleOne(document);

        // then
        assertThat(record.locations()).extracting(Place::name)
                .containsExactly("Putra Heights", "Kuala Lumpur", "Malaysia");
        assertThat(record.country()).isEqualTo("Malaysia");
    }

    @Test
    void aCountryTheEventIsOnlyNearDoesNotGiveItsCountry() {
        // given
        Document document = split("Japan unveiled a plan to evacuate residents from islets near Taiwan.");
        document.places().add(new PlaceMention(0, 0, 5, "Japan", new Place("Japan", "Japan", PlaceKind.COUNTRY),
                0.4));
        document.places().add(new PlaceMention(0, 61, 67, "Taiwan", new Place("Taiwan", "Taiwan",
                PlaceKind.COUNTRY), 0.7));

        // when
        EventRecord record = assembleOne(document);

        // then
        assertThat(record.country()).isEqualTo("Japan");
        assertThat(record.locations()).extracting(Place::name).containsExactly("Japan", "Taiwan");
    }

    @Test
    void unconfirmedDeathsKeepTheirWordsButGiveNoFigure() {
        // given
        Document document = split("Local media reported that the officer had been killed.");
        document.casualties().add(new CasualtyMention(0, 26, 54, "the officer had been killed", CasualtyKind.KILLED,
                1, false, true));

        // when
        EventRecord record = assembleOne(document);

        // then
        assertThat(record.casualties().killed()).isNull();
        assertThat(record.casualties().text()).isEqualTo("unconfirmed: the officer had been killed");
    }

    @Test
    void aFigureOfAnotherDatedEventInTheParagraphStaysOut() {
        // given this week's attack and last year's, in one paragraph
        Document document = split("Gunmen killed five people on Friday. In 2019, 20 people were killed nearby.");
        document.dates().add(new DateMention(0, 26, 35, "on Friday", DateValue.day(LocalDate.of(2025, 3, 28)), false));
        document.dates().add(new DateMention(1, 3, 7, "2019", DateValue.year(2019), false));
        document.casualties().add(new CasualtyMention(0, 7, 25, "killed five people", CasualtyKind.KILLED, 5, false,
                false));
        document.casualties().add(new CasualtyMention(1, 9, 34, "20 people were killed", CasualtyKind.KILLED, 20,
                false, false));
        new EventTypeClassifier().annotate(document);

        // when
        EventRecord record = assembleOne(document);

        // then
        assertThat(record.casualties().killed()).isEqualTo(5);
        assertThat(record.type()).isEqualTo(EventType.ATTACK);
        assertThat(record.evidence()).isEqualTo("Gunmen killed five people on Friday.");
    }

    @Test
    void aLaterSentenceCountsNoVictimAgainUnlessItSaysOthersButArrestsCount() {
        // given a killing, the same victim's wound, others wounded and an arrest, in four sentences
        Document document = split("A man was shot and killed on Main Street. Officers found the victim with a gunshot "
                + "wound. Two others were wounded. Police arrested a suspect.");
        document.casualties().add(new CasualtyMention(0, 0, 29, "A man was shot and killed", CasualtyKind.KILLED, 1,
                false, false));
        document.casualties().add(new CasualtyMention(1, 0, 52, "found the victim with a gunshot wound",
                CasualtyKind.INJURED, 1, false, false));
        document.casualties().add(new CasualtyMention(2, 0, 27, "Two others were wounded", CasualtyKind.INJURED, 2,
                false, false));
        document.casualties().add(new CasualtyMention(3, 7, 31, "arrested a suspect", CasualtyKind.ARRESTED, 1,
                false, false));

        // when
        EventRecord record = assembleOne(document);

        // then
        assertThat(record.casualties().killed()).isEqualTo(1);
        assertThat(record.casualties().injured()).isEqualTo(2);
        assertThat(record.casualties().arrested()).isEqualTo(1);
        assertThat(record.evidence()).doesNotContain("gunshot wound").contains("Two others were wounded.")
                .contains("Police arrested a suspect.");
    }

    @Test
    void photoCreditsGiveNoRecordAndIdsAreStable() {
        // given
        Document credit = split("Photo: AFP / KCNA VIA KNS");
        Document news = split("The ministry said the talks had ended.");
        Document sameNews = split("The ministry said the talks had ended.");

        // when
        new RecordAssembler().annotate(credit);
        EventRecord first = assembleOne(news);
        EventRecord second = assembleOne(sameNews);

        // then
        assertThat(credit.records()).isEmpty();
        assertThat(first.eventId()).hasSize(16).isEqualTo(second.eventId());
    }

    @Test
    void aLaterParagraphWithoutADateOrPlaceTakesTheLedes() {
        // given a two-paragraph article
        Article article = new Article("n.jsonl", "a1", 3, REFERENCE, null, List.of(
                new Paragraph(0, 3, "Gunmen attacked a bus on Friday in Kharkiv."),
                new Paragraph(1, 3, "Police said the attackers fled.")));
        Document document = new Document(article);
        new SentenceSplitter().annotate(document);
        document.dates().add(new DateMention(0, 22, 31, "on Friday", DateValue.day(LocalDate.of(2025, 3, 28)), false));
        document.places().add(new PlaceMention(0, 35, 42, "Kharkiv", new Place("Kharkiv", "Ukraine", PlaceKind.CITY),
                0.95));
        document.actors().add(new ActorMention(1, 0, 6, "Police", new Actor("Police", null, null,
                ActorKind.ORGANISATION), 0.5));

        // when
        new RecordAssembler().annotate(document);

        // then
        assertThat(document.records()).extracting(r -> r.date().isoStart()).containsExactly("2025-03-28",
                "2025-03-28");
        assertThat(document.records()).extracting(EventRecord::articleId).containsOnly("a1");
        assertThat(document.records().get(1).actors()).extracting(Actor::name).containsExactly("Police");
        assertThat(document.records()).extracting(EventRecord::country).containsExactly("Ukraine", "Ukraine");
    }
}
