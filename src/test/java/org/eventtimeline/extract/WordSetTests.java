package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSetTests {

    private final WordSet words = new WordSet(Set.of("was", "said", "yesterday"));

    @Test
    void findsAWordInPlaceWhateverItsAsciiCase() {
        // given a text whose spans hold "SAID" and "Was"
        String text = "He SAID it Was so";

        // when / then
        assertThat(words.contains(text, 3, 7)).isTrue();
        assertThat(words.contains(text, 11, 14)).isTrue();
        assertThat(words.contains(text, 0, 2)).isFalse();
        assertThat(words.contains(text, 3, 6)).isFalse();
    }

    @Test
    void lowerCasesANonAsciiSpanAsTheRootLocaleDoes() {
        // given "ſaid" with a long s, which upper-cases to S but does not lower-case to s, and a Kelvin-sign word
        WordSet kelvin = new WordSet(Set.of("kin"));

        // when / then
        assertThat(words.contains("ſaid", 0, 4)).isFalse();
        assertThat(kelvin.contains("\u212Ain", 0, 3)).isTrue();
    }
}
