package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests dates relative to the reference date Saturday 2025-03-29. */
class RelativeDateResolverTests {

    private final RelativeDateResolver resolver = new RelativeDateResolver();

    private List<String> datesIn(String text, Tense tense) {
        List<DateCandidate> out = new ArrayList<>();
        resolver.find(new DateContext(text, LocalDate.of(2025, 3, 29), tense), out);
        return out.stream().map(c -> text.substring(c.start(), c.end()) + "|" + c.value().isoStart() + "|"
                + c.value().isoEnd() + "|" + c.value().precision()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The bodies were found the day before yesterday.; PAST; the day before yesterday|2025-03-27||DAY
            Police made an arrest yesterday afternoon.; PAST; yesterday afternoon|2025-03-28||DAY
            The results come out later today.; PRESENT; later today|2025-03-29||DAY
            Two people were shot last weekend.; PAST; last weekend|2025-03-22|2025-03-23|DAY
            Markets fell last week.; PAST; last week|2025-03-17|2025-03-23|DAY
            Talks resume next week.; PRESENT; next week|2025-03-31|2025-04-06|DAY
            The envoy will arrive later this week.; FUTURE; later this week|2025-03-29|2025-03-30|DAY
            The plant closed late last year.; PAST; late last year|2024||YEAR
            Budgets are tight this fiscal year.; PRESENT; this fiscal year|2025||YEAR
            The first case was found four months ago.; PAST; four months ago|2024-11||MONTH
            The town was founded a decade ago.; PAST; a decade ago|2015||YEAR
            The season peaked by the end of the year.; PAST; the end of the year|2024||YEAR
            The work will be done by the end of the year.; FUTURE; the end of the year|2025||YEAR
            """)
    void resolvesRelativeDates(String sentence, Tense tense, String expected) {
        // given a sentence with a relative date
        // when the resolver runs
        List<String> dates = datesIn(sentence, tense);
        // then it resolves against the reference date
        assertThat(dates).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Prices rose over the past year.
            Sales fell over the last year.
            A few days ago nobody cared.
            USA Today reported the story first.
            """)
    void leavesDurationsAndNamesAlone(String sentence) {
        // given a duration, a vague span or a newspaper's name
        // when the resolver runs
        List<String> dates = datesIn(sentence, Tense.PAST);
        // then nothing is produced
        assertThat(dates).isEmpty();
    }
}
