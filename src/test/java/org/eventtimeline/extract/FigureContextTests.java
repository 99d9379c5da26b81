package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureContextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Police arrested five protesters.            | 31 | true
            Police arrested five protesters in Lagos.   | 31 | true
            Police arrested five protesters and twelve. | 31 | true
            Police arrested five protesters yesterday.  | 31 | true
            Police arrested five protesters' leaders.   | 31 | false
            Police arrested five protesters carrying.   | 31 | false
            """)
    void tellsWhetherTheClauseIsFreeAfterTheFigure(String sentence, int end, boolean free) {
        // given a sentence and the end of a figure's match ("five protesters")
        // when what follows is read
        // then only punctuation, the end or a joining word leaves the clause free
        assertThat(FigureContext.freeEnd(sentence, end)).isEqualTo(free);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The other three were killed.      | 10 | true
            The remaining  three were killed. | 15 | true
            The three were killed.            | 4  | false
            Another three were killed.        | 8  | false
            """)
    void tellsWhetherOtherOrRemainingPrecedesTheFigure(String sentence, int whoStart, boolean rest) {
        // given a sentence and where its figure's people begin
        // when the words before are read
        // then "other" or "remaining" right before them marks the rest of a group
        assertThat(FigureContext.restOfBefore(sentence, whoStart)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Attacked on March 12 people died.  | 18 | true
            Attacked on Sept. 12 people died.  | 18 | true
            Attacked on Monday 12 people died. | 19 | false
            Attacked in 12 villages.           | 12 | false
            """)
    void tellsWhetherAMonthPrecedesTheFigure(String sentence, int whoStart, boolean month) {
        // given a sentence whose figure in digits begins at whoStart
        // when the word before it is read
        // then a month name (abbreviated or not) makes the digits a date
        assertThat(FigureContext.monthBefore(sentence, whoStart)).isEqualTo(month);
    }
}
