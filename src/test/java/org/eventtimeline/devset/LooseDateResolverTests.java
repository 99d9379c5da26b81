package org.eventtimeline.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.eventtimeline.domain.DateValue;
import org.junit.jupiter.api.Test;

class LooseDateResolverTests {

    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 11, 11);

    @Test
    void resolvesExplicitDatesWeekdaysAndRelativeWords() {
        // given a publish date; when / then
        assertThat(LooseDateResolver.resolve("November 8, 2016", PUBLISHED)).contains(day(2016, 11, 8));
        assertThat(LooseDateResolver.resolve("Nov. 10", PUBLISHED)).contains(day(2016, 11, 10));
        assertThat(LooseDateResolver.resolve("on 9 November", PUBLISHED)).contains(day(2016, 11, 9));
        assertThat(LooseDateResolver.resolve("in October", PUBLISHED)).contains(DateValue.month(2016, 10));
        assertThat(LooseDateResolver.resolve("in 2014", PUBLISHED)).contains(DateValue.year(2014));
        assertThat(LooseDateResolver.resolve("late Thursday", PUBLISHED)).contains(day(2016, 11, 10));
        assertThat(LooseDateResolver.resolve("Friday", PUBLISHED)).contains(day(2016, 11, 11));
        assertThat(LooseDateResolver.resolve("yesterday", PUBLISHED)).contains(day(2016, 11, 10));
        assertThat(LooseDateResolver.resolve("at around 6am", PUBLISHED)).contains(day(2016, 11, 11));
        assertThat(LooseDateResolver.resolve("11pm local time on Thursday", PUBLISHED)).contains(day(2016, 11, 10));
        assertThat(LooseDateResolver.resolve("end of the season", PUBLISHED)).isEmpty();
    }

    @Test
    void datesAgreeAtTheCoarserPrecision() {
        // given
        DateValue gold = day(2016, 11, 8);

        // when / then
        assertThat(LooseDateResolver.agree(day(2016, 11, 8), gold)).isTrue();
        assertThat(LooseDateResolver.agree(DateValue.reported(LocalDate.of(2016, 11, 8)), gold)).isTrue();
        assertThat(LooseDateResolver.agree(DateValue.month(2016, 11), gold)).isTrue();
        assertThat(LooseDateResolver.agree(day(2016, 11, 9), gold)).isFalse();
        assertThat(LooseDateResolver.agree(DateValue.year(2015), gold)).isFalse();
    }

    private static DateValue day(int year, int month, int day) {
        return DateValue.day(LocalDate.of(year, month, day));
    }
}
