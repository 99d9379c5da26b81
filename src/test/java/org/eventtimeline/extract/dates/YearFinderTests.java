package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests years and year ranges against counts, prices and numbered names. */
class YearFinderTests {

    private final YearFinder finder = new YearFinder();

    private List<String> yearsIn(String text) {
        List<DateCandidate> out = new ArrayList<>();
        finder.find(new DateContext(text, LocalDate.of(2025, 3, 29), Tense.PAST), out);
        return out.stream().map(c -> text.substring(c.start(), c.end()) + "|" + c.value().isoStart() + "|"
                + c.value().isoEnd()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The law was passed in 2002.; 2002|2002|
            Ties froze after the 1998 crisis.; 1998|1998|
            He served from 2009 to 2013.; from 2009 to 2013|2009|2013
            The 2015-16 season was cut short.; 2015-16|2015|2016
            The economy grew by late 2019.; late 2019|2019|
            """)
    void findsYears(String sentence, String expected) {
        // given a sentence with a year in date context
        // when the finder runs
        List<String> years = yearsIn(sentence);
        // then the year (with a range end) is found
        assertThat(years).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Some 2000 troops were deployed.
            The fire destroyed 2010 homes.
            The shooting happened in the 2000 block of Elm Street.
            Flight 2019 landed safely.
            He lives at 1950 Lincoln Avenue.
            Nearly 1999 people signed the petition.
            The fund paid 2,024 claims.
            The 1990s were calmer.
            The match kicks off at 1900 GMT.
            """)
    void ignoresNumbersThatAreNoYears(String sentence) {
        // given a sentence with a number in the year range that counts or names something
        // when the finder runs
        List<String> years = yearsIn(sentence);
        // then nothing is found
        assertThat(years).isEmpty();
    }
}
