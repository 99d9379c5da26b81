package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.api.Test;

/** Tests picking the year of a month or day written without one. */
class YearInferenceTests {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 29);

    @Test
    void pastClauseNeverLandsAfterTheReference() {
        // given a past clause naming August, written in March
        // when the year is picked
        int year = YearInference.yearOf(8, 0, REFERENCE, Tense.PAST);
        // then it is last year's August
        assertThat(year).isEqualTo(2024);
    }

    @Test
    void pastClauseKeepsTwoDaysOfSlack() {
        // given a past clause naming the day after the reference (a late-filed report)
        // when the year is picked
        int year = YearInference.yearOf(3, 30, REFERENCE, Tense.PAST);
        // then it stays in the reference year
        assertThat(year).isEqualTo(2025);
    }

    @Test
    void futureClauseNeverLandsBeforeTheReference() {
        // given a future clause naming January, written in March
        // when the year is picked
        int year = YearInference.yearOf(1, 10, REFERENCE, Tense.FUTURE);
        // then it is next year's January
        assertThat(year).isEqualTo(2026);
    }

    @Test
    void presentClauseTakesTheOccurrenceWithinSixMonths() {
        // given present clauses naming June and November
        // when the years are picked
        int june = YearInference.yearOf(6, 0, REFERENCE, Tense.PRESENT);
        int november = YearInference.yearOf(11, 0, REFERENCE, Tense.PRESENT);
        // then June is this year and November (eight months ahead) last year
        assertThat(june).isEqualTo(2025);
        assertThat(november).isEqualTo(2024);
    }

    @Test
    void lastAndNextMonthNamesAreStrictlyBeforeAndAfter() {
        // given "last March" and "next March" written in March, and "last May"
        // when the years are picked
        // then they skip the reference month itself
        assertThat(YearInference.yearOfShifted(3, REFERENCE, false)).isEqualTo(2024);
        assertThat(YearInference.yearOfShifted(3, REFERENCE, true)).isEqualTo(2026);
        assertThat(YearInference.yearOfShifted(5, REFERENCE, false)).isEqualTo(2024);
    }
}
