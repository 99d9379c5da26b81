package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests months without a day against names and verbs that look like months; reference date 2025-03-29. */
class MonthFinderTests {

    private final MonthFinder finder = new MonthFinder();

    private List<String> monthsIn(String text, Tense tense) {
        List<DateCandidate> out = new ArrayList<>();
        finder.find(new DateContext(text, LocalDate.of(2025, 3, 29), tense), out);
        return out.stream().map(c -> text.substring(c.start(), c.end()) + "|" + c.value().isoStart() + "|"
                + c.value().isoEnd()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The talks collapsed in December.; PAST; December|2024-12|
            The strike ran from March to May 2024.; PAST; March to May 2024|2024-03|2024-05
            Fighting resumed in mid-January.; PAST; mid-January|2025-01|
            The new rules apply from September.; FUTURE; September|2025-09|
            The minister resigned this February.; PAST; this February|2025-02|
            """)
    void findsMonths(String sentence, Tense tense, String expected) {
        // given a sentence naming a month
        // when the finder runs
        List<String> months = monthsIn(sentence, tense);
        // then the month is resolved (overlapping shorter candidates are left for the extractor to drop)
        assertThat(months).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Protesters march on the capital.
            Officials may close the road.
            Theresa May resigned as leader.
            Actress January Jones posted a picture.
            The shopkeeper Ajmal Jan saw the blast.
            The statement came from May's office.
            """)
    void skipsWordsThatOnlyLookLikeMonths(String sentence) {
        // given a verb, modal or name spelled like a month
        // when the finder runs
        List<String> months = monthsIn(sentence, Tense.PAST);
        // then nothing is taken for a month
        assertThat(months).isEmpty();
    }
}
