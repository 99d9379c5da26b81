package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            killed|killing                               ; 1
            shot\\s+and\\s+killed|killed                 ; 3
            rounded\\s+up|arrested                       ; 2
            shot(?!\\s+(?:dead|and\\s+killed))|stabbed   ; 3
            shot(?:\\s+\\p{L}+)*|killed                  ; 0
            shot(?:\\s+\\p{L}+){0,5}|killed              ; 0
            """)
    void givesTheMostWordsAMatchSpans(String alternation, int expected) {
        // given a verb alternation
        // when the words of its longest alternative are counted
        int words = VerbWords.max(alternation);
        // then they are one more than its spaces (lookaheads counted too), or 0 when unbounded
        assertThat(words).isEqualTo(expected);
    }
}
