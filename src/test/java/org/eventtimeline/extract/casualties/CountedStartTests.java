package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedStartTests {

    private static final Pattern COUNTED = Pattern.compile("(?iU)" + NounPhrases.COUNTED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 soldiers died.                          | 0
            At least twelve soldiers died.             | 0
            Police said in excess of 300 were held.    | 12
            He said his two sons were taken.           | 8
            Rescuers found half a dozen hikers.        | 15
            They freed a hundred hostages.             | 11
            They freed a half-dozen hostages.          | 11
            Officials said as many as  forty died.     | 15
            All   no fewer than 40 miners were saved.  | 0
            """)
    void letsThroughEveryStartOfACountedPhrase(String sentence, int start) {
        // given a sentence with a counted phrase at a known start
        String folded = Starts.fold(sentence);
        // when asked about that start
        boolean may = CountedStart.mayBegin(sentence, folded, start);
        // then it lets it through, and the counted phrase does match there
        assertThat(may).isTrue();
        assertThat(COUNTED.matcher(sentence).region(start, sentence.length()).lookingAt()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            At a school in Jakarta, 15 died.           | 0
            In 2011, a similar attack killed 23.       | 0
            A fire at a market killed 16 people.       | 0
            Taliban insurgents abducted about 10.      | 8
            A gas station blast killed 9.              | 3
            His son and 4 others died.                 | 0
            Half of the 12 were freed.                 | 0
            """)
    void stopsStartsWithNoNumberRightAfterTheirBoundWords(String sentence, int start) {
        // given a position whose words may begin a counted phrase but are not followed by a number in place
        String folded = Starts.fold(sentence);
        // when asked about it
        boolean may = CountedStart.mayBegin(sentence, folded, start);
        // then it stops it, and the counted phrase indeed fails there
        assertThat(may).isFalse();
        assertThat(COUNTED.matcher(sentence).region(start, sentence.length()).lookingAt()).isFalse();
    }
}
