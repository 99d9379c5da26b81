package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AsciiWordsTests {

    private final AsciiWords words = new AsciiWords("next", "last", "Monday");

    @Test
    void findsAWordAtTheOffsetWhateverTheCaseOfItsAsciiLetters() {
        // given / when / then
        assertThat(words.startAt("LAST week", 0)).isTrue();
        assertThat(words.startAt("on monday", 3)).isTrue();
        assertThat(words.startAt("the Next day", 4)).isTrue();
    }

    @Test
    void refusesOtherOffsetsShortTextsAndNonAsciiLookAlikes() {
        // given / when / then
        assertThat(words.startAt("a last", 1)).isFalse();
        assertThat(words.startAt("la", 0)).isFalse();
        assertThat(words.startAt("Mon", 0)).isFalse();
        // a Kelvin sign is not "k" to (?i) without UNICODE_CASE
        assertThat(new AsciiWords("king").startAt("\u212Aing", 0)).isFalse();
    }

    @Test
    void acceptsOnlyAsciiWords() {
        // given / when / then
        assertThatThrownBy(() -> new AsciiWords("été")).isInstanceOf(IllegalArgumentException.class);
    }
}
