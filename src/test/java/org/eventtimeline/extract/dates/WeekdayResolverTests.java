package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests weekday resolution by clause tense; reference date Friday 2013-03-22 as in TempEval. */
class WeekdayResolverTests {

    private final WeekdayResolver resolver = new WeekdayResolver();

    private List<String> weekdaysIn(String text, Tense sentenceTense) {
        List<DateCandidate> out = new ArrayList<>();
        resolver.find(new DateContext(text, LocalDate.of(2013, 3, 22), sentenceTense), out);
        return out.stream().map(c -> text.substring(c.start(), c.end()) + "|" + c.value().isoStart()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The CDC's Dr. Michael Jhung said Friday.; PAST; Friday|2013-03-22
            Raymond Roth on Thursday agreed to plead guilty.; PAST; Thursday|2013-03-21
            George Lowe died in Ripley on Wednesday after a long illness.; PAST; Wednesday|2013-03-20
            The council will vote on Friday.; FUTURE; Friday|2013-03-22
            The council will vote on Monday.; FUTURE; Monday|2013-03-25
            Officials are expected to announce the results on Tuesday.; PRESENT; Tuesday|2013-03-26
            Before Friday's announcement it had planned cuts.; PAST; Friday's|2013-03-22
            A bomb exploded late Sunday near the market.; PAST; late Sunday|2013-03-17
            The suspect was seen last Friday.; PAST; last Friday|2013-03-15
            The trial resumes next Friday.; PRESENT; next Friday|2013-03-29
            Police found the body on Tuesday night.; PAST; Tuesday night|2013-03-19
            """)
    void resolvesWeekdays(String sentence, Tense tense, String expected) {
        // given a sentence written on Friday 2013-03-22
        // when the weekdays are resolved
        List<String> weekdays = weekdaysIn(sentence, tense);
        // then past clauses look back (the reference day included) and future clauses look ahead
        assertThat(weekdays).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The children go to Sunday school.
            Thousands prayed at the Friday Mosque.
            The shops open on Sundays.
            He writes for the Sunday Times.
            The march marked the anniversary of Bloody Sunday.
            The vote came on the Sunday before the election.
            """)
    void skipsNamesAndHabits(String sentence) {
        // given a weekday inside a name, a habit or an anaphoric phrase
        // when the weekdays are resolved
        List<String> weekdays = weekdaysIn(sentence, Tense.PAST);
        // then none is taken for a date
        assertThat(weekdays).isEmpty();
    }
}
