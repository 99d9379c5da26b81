package org.eventtimeline.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;

class DevelopmentSetScorerTests {

    private static final LocalDate REFERENCE = LocalDate.of(2024, 7, 15);

    /** Gold: a Toledo shooting (2 killed, 5 injured, no arrests) and a photo credit that must give no record. */
    private static final List<DevelopmentEntry> ENTRIES = List.of(
            new DevelopmentEntry("shooting", REFERENCE, "Two people were killed and five injured in Toledo, Ohio.",
                    Expected.record(gold(Map.of(
                            ScoredField.EVENT_DATE, GoldValue.of("2024-07-13"),
                            ScoredField.DATE_PRECISION, GoldValue.of("DAY"),
                            ScoredField.COUNTRY, GoldValue.of("United States"),
                            ScoredField.LOCATION, GoldValue.of("Toledo"),
                            ScoredField.ACTORS, GoldValue.of("J.D. Vance"),
                            ScoredField.KILLED, GoldValue.of("2"),
                            ScoredField.INJURED, GoldValue.of("5"),
                            ScoredField.MISSING, GoldValue.EMPTY,
                            ScoredField.ARRESTED, GoldValue.EMPTY,
                            ScoredField.EVENT_TYPE, GoldValue.of("ATTACK"))))),
            new DevelopmentEntry("credit", REFERENCE, "Photo: AFP", Expected.NO_RECORD));

    @Test
    void countsTruePositivesFalsePositivesAndFalseNegativesPerField() {
        // given: a fake extraction that gets the shooting partly right and makes a record for the photo credit
        EventRecord shooting = record(DateValue.day(LocalDate.of(2024, 7, 14)), "united states",
                List.of(new Place("Ohio", "United States", PlaceKind.REGION),
                        new Place("toledo", "United States", PlaceKind.CITY)),
                List.of(new Actor("JD Vance", "Vice President", "United States", ActorKind.PERSON)),
                new Casualties(2, null, null, null, 1, "two killed"), EventType.ATTACK);
        EventRecord credit = record(DateValue.reported(REFERENCE), null, List.of(), List.of(), Casualties.NONE,
                EventType.OTHER);
        Function<Article, List<EventRecord>> fake = article ->
                article.paragraphs().get(0).text().startsWith("Photo") ? List.of(credit) : List.of(shooting);

        // when
        ScoreCard card = new DevelopmentSetScorer(fake).score(ENTRIES);

        // then
        assertThat(card.score(ScoredField.RECORD)).isEqualTo(new FieldScore(ScoredField.RECORD, 1, 1, 0, 0));
        assertThat(card.score(ScoredField.EVENT_DATE)).isEqualTo(new FieldScore(ScoredField.EVENT_DATE, 0, 1, 1, 0));
        assertThat(card.score(ScoredField.DATE_PRECISION))
                .isEqualTo(new FieldScore(ScoredField.DATE_PRECISION, 1, 0, 0, 0));
        assertThat(card.score(ScoredField.COUNTRY)).isEqualTo(new FieldScore(ScoredField.COUNTRY, 1, 0, 0, 0));
        assertThat(card.score(ScoredField.LOCATION)).isEqualTo(new FieldScore(ScoredField.LOCATION, 1, 0, 0, 0));
        assertThat(card.score(ScoredField.ACTORS)).isEqualTo(new FieldScore(ScoredField.ACTORS, 1, 0, 0, 0));
        assertThat(card.score(ScoredField.KILLED)).isEqualTo(new FieldScore(ScoredField.KILLED, 1, 0, 0, 0));
        assertThat(card.score(ScoredField.INJURED)).isEqualTo(new FieldScore(ScoredField.INJURED, 0, 0, 1, 0));
        assertThat(card.score(ScoredField.MISSING)).isEqualTo(new FieldScore(ScoredField.MISSING, 0, 0, 0, 1));
        assertThat(card.score(ScoredField.ARRESTED)).isEqualTo(new FieldScore(ScoredField.ARRESTED, 0, 1, 0, 0));
        assertThat(card.score(ScoredField.ABDUCTED)).isEqualTo(new FieldScore(ScoredField.ABDUCTED, 0, 0, 0, 0));
        assertThat(card.score(ScoredField.EVENT_TYPE)).isEqualTo(new FieldScore(ScoredField.EVENT_TYPE, 1, 0, 0, 0));
        assertThat(card.score(ScoredField.RECORD).precision()).isEqualTo(0.5);
        assertThat(card.score(ScoredField.EVENT_DATE).recall()).isEqualTo(0.0);
        assertThat(card.score(ScoredField.ABDUCTED).precision()).isEqualTo(1.0);
        assertThat(card.mismatches()).containsExactly(
                new Mismatch("shooting", ScoredField.EVENT_DATE, "2024-07-13", "2024-07-14"),
                new Mismatch("shooting", ScoredField.INJURED, "5", "(empty)"),
                new Mismatch("shooting", ScoredField.ARRESTED, "(empty)", "1"),
                new Mismatch("credit", ScoredField.RECORD, "(empty)", "record"));
    }

    @Test
    void missingRecordIsAFalseNegativeForEveryNonEmptyGoldField() {
        // given: an extraction that finds nothing
        Function<Article, List<EventRecord>> nothing = article -> List.of();

        // when
        ScoreCard card = new DevelopmentSetScorer(nothing).score(ENTRIES);

        // then: the credit is a true negative; the shooting record and its 8 non-empty gold fields are misses
        assertThat(card.score(ScoredField.RECORD)).isEqualTo(new FieldScore(ScoredField.RECORD, 0, 0, 1, 1));
        assertThat(card.score(ScoredField.KILLED)).isEqualTo(new FieldScore(ScoredField.KILLED, 0, 0, 1, 0));
        assertThat(card.score(ScoredField.MISSING)).isEqualTo(new FieldScore(ScoredField.MISSING, 0, 0, 0, 1));
        assertThat(card.score(ScoredField.KILLED).precision()).isEqualTo(1.0);
        assertThat(card.mismatches()).hasSize(9);
    }

    @Test
    void actorsMustAllBeFoundButExtraActorsAreFine() {
        // given
        GoldValue gold = GoldValue.of("Joe Biden", "Xi Jinping");

        // when / then
        assertThat(ScoredField.ACTORS.matches(gold, List.of("Xi Jinping", "President Joe Biden", "White House")))
                .isTrue();
        assertThat(ScoredField.ACTORS.matches(gold, List.of("Joe Biden"))).isFalse();
        assertThat(ScoredField.LOCATION.matches(GoldValue.of("Port-au-Prince"), List.of("Haiti", "Port au Prince")))
                .isTrue();
        assertThat(ScoredField.LOCATION.matches(GoldValue.of("Bogota"), List.of("Bogotá"))).isTrue();
        assertThat(ScoredField.LOCATION.matches(GoldValue.of("Kaduna"), List.of("Kaduna state"))).isFalse();
    }

    @Test
    void reportIsAFixedWidthTableFollowedByTheMismatches() {
        // given
        ScoreCard card = new DevelopmentSetScorer(article -> List.of()).score(ENTRIES);

        // when
        String report = card.report();

        // then
        assertThat(report).contains("field             TP    FP    FN    TN precision  recall")
                .contains("record             0     0     1     1     1.000   0.000")
                .contains("Mismatches (9):")
                .contains("  shooting  killed         gold=2 | predicted=(empty)");
    }

    private static Map<ScoredField, GoldValue> gold(Map<ScoredField, GoldValue> fields) {
        return new EnumMap<>(fields);
    }

    private static EventRecord record(DateValue date, String country, List<Place> places, List<Actor> actors,
                                      Casualties casualties, EventType type) {
        return new EventRecord("e1", date, "", type, actors, places, country, casualties, "devset", null, 1, "", 0.5);
    }
}
