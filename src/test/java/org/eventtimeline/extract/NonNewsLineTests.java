package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonNewsLineTests {

    private final NonNewsLine lines = new NonNewsLine();

    @ParameterizedTest
    @ValueSource(strings = {"Photo: AFP / KCNA VIA KNS", "Reporting by Jane Doe; Editing by John Smith",
            "Associated Press writer Kim Tong-hyung in Seoul contributed to this report.",
            "Copyright 2024 The Associated Press. All rights reserved.", "Advertisement", "(AP) —"})
    void creditsBylinesAndStubsAreFurniture(String line) {
        assertThat(lines.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police arrested 40 protesters in the capital.",
            "A fire caused by a burst gas pipe spread to several homes."})
    void newsSentencesAreNot(String line) {
        assertThat(lines.isFurniture(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "one", "one two", "one  two\tthree", "one two three four", "a\u000Bb\fc\rd",
            "a\u00A0b c d", "x  y   z    w"})
    void countsWordsAsSplittingOnRegexWhitespaceDoes(String text) {
        // given a stripped text
        // when
        boolean below = NonNewsLine.wordCountBelowFour(text);

        // then
        assertThat(below).isEqualTo(text.split("\\s+").length < 4);
    }
}
