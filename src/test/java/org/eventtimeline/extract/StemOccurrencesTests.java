package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StemOccurrencesTests {

    @Test
    void givesEveryStemOccurrenceOnceInAscendingOrder() {
        // given a folded text in which "fire" occurs twice and "wildfire" holds one of them
        StemOccurrences starts = new StemOccurrences("a wildfire and a fire", new String[] {"fire", "wild"}, 0);

        // when
        List<Integer> found = new ArrayList<>();
        for (int at = starts.next(); at >= 0; at = starts.next()) {
            found.add(at);
        }

        // then
        assertThat(found).containsExactly(2, 6, 17);
    }

    @Test
    void startsAtTheGivenIndexAndEndsWithMinusOne() {
        // given a start past the first occurrence
        StemOccurrences starts = new StemOccurrences("said he said", new String[] {"said"}, 1);

        // when / then
        assertThat(starts.next()).isEqualTo(8);
        assertThat(starts.next()).isEqualTo(-1);
    }
}
