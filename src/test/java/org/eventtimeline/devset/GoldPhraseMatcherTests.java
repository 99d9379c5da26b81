package org.eventtimeline.devset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldPhraseMatcherTests {

    @Test
    void containmentIgnoresCaseAndFunctionWords() {
        // given gold phrases as coders write them; when / then
        assertThat(GoldPhraseMatcher.contains("Croydon", "in Croydon")).isTrue();
        assertThat(GoldPhraseMatcher.contains("Obama", "President Obama")).isTrue();
        assertThat(GoldPhraseMatcher.contains("Barack Obama", "President Obama")).isFalse();
        assertThat(GoldPhraseMatcher.contains("the", "in the city")).isFalse();
    }

    @Test
    void overlapNeedsOneSharedContentWord() {
        // given; when / then
        assertThat(GoldPhraseMatcher.overlaps("Barack Obama", "President Obama")).isTrue();
        assertThat(GoldPhraseMatcher.overlaps("London", "in the city of Paris")).isFalse();
    }
}
