package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests the hyphen check made before the ISO date pattern runs. */
class IsoDatesTests {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            On 2024-03-05 it rained.|true
            2024-03-05|true
            A well-known 12-year-old|false
            4-12-|true
            -12-30|false
            1-2-3|false
            no hyphen|false
            4-12|false
            """)
    void mayOccurOnlyWhereAHyphenHasItsDigits(String text, boolean expected) {
        // given a sentence
        // when it is checked
        // then only a digit, a hyphen, two digits and a hyphen let the pattern run
        assertThat(IsoDates.mayOccur(text)).isEqualTo(expected);
    }
}
