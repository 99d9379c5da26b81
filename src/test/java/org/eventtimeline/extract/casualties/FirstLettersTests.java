package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstLettersTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            killed|dead|shot\\s+dead            ; dks
            (?:stabbed|beaten)\\s+to\\s+death|died ; bds
            (?:m(?:an|en)|woman)                ; mw
            hospitali[sz]ed|(?:a|b(?:c|d))e     ; abh
            """)
    void givesTheLettersEveryAlternativeBeginsWith(String alternation, String expected) {
        // given an alternation of words
        // when its first letters are read
        boolean[] letters = FirstLetters.of(alternation);
        // then they are the leading letters of its words
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < letters.length; i++) {
            if (letters[i]) {
                found.append((char) ('a' + i));
            }
        }
        assertThat(found.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            killed|\\p{L}+ly
            killed|
            (?:shot)?dead
            s?hot
            (?:a|)b
            """)
    void givesNullWhenAnAlternativeMayBeginOtherwise(String alternation) {
        // given an alternation with an alternative that may begin with no fixed letter
        // when its first letters are read
        // then there are none to give
        assertThat(FirstLetters.of(alternation)).isNull();
    }

    @Test
    void readsEveryPassiveVerbAlternation() {
        // given the passive rules
        // when their verb alternations are read
        // then each gives its first letters ("shot", "killed", "dead", ... for the killed rule)
        for (CasualtyPatterns.Rule rule : CasualtyPatterns.RULES) {
            if (rule.verbs() != null) {
                assertThat(FirstLetters.of(rule.verbs())).as(rule.verbs()).isNotNull();
            }
        }
        boolean[] killed = FirstLetters.of(CasualtyPatterns.RULES.get(1).verbs());
        assertThat(killed['s' - 'a']).isTrue();
        assertThat(killed['k' - 'a']).isTrue();
        assertThat(killed['x' - 'a']).isFalse();
    }
}
