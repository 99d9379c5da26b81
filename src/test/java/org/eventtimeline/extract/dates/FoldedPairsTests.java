package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests finding word pairs ("last night") in a folded sentence. */
class FoldedPairsTests {

    @Test
    void pairNeedsWhitespaceBetweenItsWords() {
        // given folded sentences with and without the pair
        // when "last" followed by "night" is looked for
        // then only a whitespace gap counts, and a later occurrence is found too
        assertThat(FoldedPairs.occurs("at last the team won last  night", "last", "night")).isTrue();
        assertThat(FoldedPairs.occurs("the lastnight show", "last", "night")).isFalse();
        assertThat(FoldedPairs.occurs("the last-night show", "last", "night")).isFalse();
    }

    @Test
    void anyOfSeveralFirstAndNextWords() {
        // given a sentence with "next month"
        String folded = "talks resume next\tmonth";
        // when relations and units are looked for
        // then the pair is found; a unit with no relation before it is not
        assertThat(FoldedPairs.occursAny(folded, new String[] {"last", "this", "next"}, "week", "month"))
                .isTrue();
        assertThat(FoldedPairs.occursAny("a month later", new String[] {"last", "this", "next"}, "month"))
                .isFalse();
    }

    @Test
    void positionsOfEveryPairInTextOrder() {
        // given a folded sentence with pairs of several first words, and near misses
        String folded = "next month, not this-week but last  year and this week";
        // when the pairs are listed
        // then each pair's first word is given, sorted, and a hyphen is no gap
        assertThat(FoldedPairs.positions(folded, new String[] {"last", "this", "next"}, "week", "month", "year"))
                .containsExactly(0, 30, 45);
    }
}
