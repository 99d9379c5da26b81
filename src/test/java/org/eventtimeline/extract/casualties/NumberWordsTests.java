package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            13                        | 13
            1,200                     | 1200
            230,000                   | 230000
            five                      | 5
            Twenty-three              | 23
            twenty three              | 23
            a dozen                   | 12
            two dozen                 | 24
            half a dozen              | 6
            a hundred                 | 100
            two hundred and five      | 205
            three thousand            | 3000
            nineteen                  | 19
            """)
    void readsPreciseNumbers(String text, int expected) {
        // given a precise number in digits or words
        // when it is parsed
        int value = NumberWords.parse(text);
        // then its value comes out
        assertThat(value).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            dozens
            hundreds
            several
            scores
            23-year-old
            4.5
            10:30
            45%
            """)
    void refusesVagueOrOtherNumbers(String text) {
        // given a vague amount, an age, a decimal, a time or a percentage
        // when it is parsed
        int value = NumberWords.parse(text);
        // then it has no value
        assertThat(value).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            more than 100 | 100 | true
            at least 45   | 45  | true
            over 30       | 30  | true
            nearly 30     | 30  | false
            about 80      | 80  | false
            up to 32      | 32  | false
            some 20       | 20  | false
            five          | 5   | false
            """)
    void readsBoundWords(String text, int count, boolean lowerBound) {
        // given a quantity with or without a bound word
        // when it is parsed as a figure
        Figure figure = Figure.parse(text);
        // then the count is kept and only "at least/more than/over" make a lower bound
        assertThat(figure).isEqualTo(new Figure(count, lowerBound));
    }
}
