package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests the offsets at which the year and day-first date patterns may start. */
class MatchStartsTests {

    @Test
    void yearRangeStartsAtADigitOrFromOrBetween() {
        // given a sentence with a range and a price
        String text = "From 1910 to 1945, prices rose to $2002.";
        // when offsets are checked
        // then "From" and the years may start a range; the price after "$" and letters inside words may not
        assertThat(MatchStarts.yearRange(text, 0)).isTrue();
        assertThat(MatchStarts.yearRange(text, 5)).isTrue();
        assertThat(MatchStarts.yearRange(text, 35)).isFalse();
        assertThat(MatchStarts.yearRange(text, 1)).isFalse();
        assertThat(MatchStarts.yearRange(text, 19)).isFalse();
    }

    @Test
    void singleYearStartsAtADigitOrAModifier() {
        // given "mid-2023" and "the end of 2024" written after other words
        String text = "By mid-2023 and the end of 2024";
        // when offsets are checked
        // then "mid", "the" and the free-standing year may start; "By", the year after the hyphen and a digit
        // inside a number may not
        assertThat(MatchStarts.yearSingle(text, 3)).isTrue();
        assertThat(MatchStarts.yearSingle(text, 7)).isFalse();
        assertThat(MatchStarts.yearSingle(text, 16)).isTrue();
        assertThat(MatchStarts.yearSingle(text, 27)).isTrue();
        assertThat(MatchStarts.yearSingle(text, 0)).isFalse();
        assertThat(MatchStarts.yearSingle(text, 8)).isFalse();
    }

    @Test
    void dayFirstStartsAtAWeekdayTheOrADayNumber() {
        // given "Tuesday, the 5th of March" and a decimal "3.5 March"
        String text = "Tuesday, the 5th of March or 3.5 March";
        // when offsets are checked
        // then the weekday, "the" and "5" may start; "t" inside a word and the "5" after "." may not
        assertThat(MatchStarts.dayFirst(text, 0)).isTrue();
        assertThat(MatchStarts.dayFirst(text, 9)).isTrue();
        assertThat(MatchStarts.dayFirst(text, 13)).isTrue();
        assertThat(MatchStarts.dayFirst(text, 15)).isFalse();
        assertThat(MatchStarts.dayFirst(text, 31)).isFalse();
    }
}
