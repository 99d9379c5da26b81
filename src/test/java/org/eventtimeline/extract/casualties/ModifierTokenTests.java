package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifierTokenTests {

    private static final Pattern SINGLE = Pattern.compile("(?iU)" + NounPhrases.SINGLE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a 17-year-old boy      | 2  | 13
            the off-duty officer   | 4  | 12
            a U.S. soldier         | 2  | 6
            an O’Neill driver      | 3  | 10
            a 2nd child            | 2  | 5
            """)
    void letsThroughModifiersOfASinglePerson(String phrase, int start, int end) {
        // given a single-person phrase whose token [start, end) is a modifier
        String folded = Starts.fold(phrase);
        // when the token is read
        boolean may = ModifierToken.mayBe(phrase, folded, start, end);
        // then it may be a modifier, and the phrase does match
        assertThat(may).isTrue();
        assertThat(SINGLE.matcher(phrase).matches()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the government, and police officer said | 4 | 15
            the deaths of 9 security guards         | 11 | 13
            a (local) man                           | 2 | 9
            a 'big' man                             | 2 | 7
            The Killed man                          | 4 | 10
            """)
    void stopsTokensNoModifierCanBe(String text, int start, int end) {
        // given a token with a comma or bracket in it, not beginning with a letter or digit, or a stop word
        String folded = Starts.fold(text);
        // when the token is read
        boolean may = ModifierToken.mayBe(text, folded, start, end);
        // then it cannot be a modifier
        assertThat(may).isFalse();
    }
}
