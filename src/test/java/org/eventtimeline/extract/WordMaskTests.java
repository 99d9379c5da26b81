package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordMaskTests {

    private final WordMask mask = new WordMask(List.of(Set.of("said", "told"), Set.of("police", "army"),
            Set.of("said", "straße")));

    @Test
    void setsTheBitOfEachSetHoldingAWordOfTheSentence() {
        // given a sentence with "SAID" (upper case) and "Police"
        // when
        long bits = mask.of("Police SAID so.");

        // then
        assertThat(bits).isEqualTo(0b111);
    }

    @Test
    void matchesWholeLetterRunsOnly() {
        // given words that only contain wanted words
        // when / then
        assertThat(mask.of("Policemen resaid it, army2")).isEqualTo(0b010);
        assertThat(mask.of("nothing here")).isZero();
        assertThat(mask.of("")).isZero();
    }

    @Test
    void lowerCasesNonAsciiWordsAsTheRootLocaleDoes() {
        // given a non-ASCII word in upper case and a Kelvin sign that lower-cases to "k"
        WordMask kelvin = new WordMask(List.of(Set.of("king")));

        // when / then
        assertThat(mask.of("die STRASSE, die STRAßE")).isEqualTo(0b100);
        assertThat(kelvin.of("the \u212Aing")).isEqualTo(1);
    }
}
