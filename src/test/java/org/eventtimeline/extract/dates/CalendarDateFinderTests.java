package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests dates that name a day; reference date 2025-03-29. */
class CalendarDateFinderTests {

    private final CalendarDateFinder finder = new CalendarDateFinder();

    private List<String> daysIn(String text) {
        List<DateCandidate> out = new ArrayList<>();
        finder.find(new DateContext(text, LocalDate.of(2025, 3, 29), Tense.PAST), out);
        return out.stream().map(c -> text.substring(c.start(), c.end()) + "|" + c.value().isoStart() + "|"
                + c.value().isoEnd()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The deal was signed on the 5th of March 2024.; the 5th of March 2024|2024-03-05|
            The form was dated 3/5/2024 by the clerk.; 3/5/2024|2024-03-05|
            The form was dated 15/3/2024 by the clerk.; 15/3/2024|2024-03-15|
            He said on October 31: the tram had tilted.; October 31|2024-10-31|
            Voting ran Sept. 12-14 across the state.; Sept. 12-14|2024-09-12|2024-09-14
            The raid took place on Tuesday, 4 March.; Tuesday, 4 March|2025-03-04|
            """)
    void findsDays(String sentence, String expected) {
        // given a sentence naming a day
        // when the finder runs
        List<String> days = daysIn(sentence);
        // then the day is resolved, the year from the text or the past tense
        assertThat(days).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The filing claimed a February 30 deadline.
            In March 20 people were killed in the region.
            The score was 3/5 at half time.
            """)
    void skipsImpossibleDaysAndCounts(String sentence) {
        // given an impossible day, a count after a month name, or a fraction
        // when the finder runs
        List<String> days = daysIn(sentence);
        // then no day is produced
        assertThat(days).isEmpty();
    }
}
