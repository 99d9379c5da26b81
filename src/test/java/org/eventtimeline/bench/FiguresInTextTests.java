package org.eventtimeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresInTextTests {

    @Test
    void readsDigitsWordsDozensAndSingulars() {
        // given
        String text = "Twenty-three people died, 1,200 fled, two hundred homes burned and a dozen were hurt in 2024.";

        // when / then
        assertThat(FiguresInText.of(text)).containsExactlyInAnyOrder(23, 1_200, 200, 12, 1, 2024);
    }

    @Test
    void plainTextWithoutNumbersStatesNone() {
        // given
        String text = "Police said the investigation is continuing.";

        // when / then
        assertThat(FiguresInText.of(text)).isEmpty();
    }
}
