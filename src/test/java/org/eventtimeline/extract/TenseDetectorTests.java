package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseDetectorTests {

    private final TenseDetector detector = new TenseDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister will visit Paris.|FUTURE",
        "They'll meet again.|FUTURE",
        "Talks WERE DUE to resume Monday.|FUTURE",
        "He WON'T attend.|FUTURE",
        "The summit is planned next month.|FUTURE",
        "Police arrested two men.|PAST",
        "Hundreds FLED the town.|PAST",
        "It happened last night.|PAST",
        "Officials need seeds and bread.|PAST",
        "The bed is red.|PRESENT",
        "Troops killed5 remain.|PRESENT",
        "The caféed story is new.|PAST",
        "Kawasaki builds trains.|PRESENT",
        "Planners willingly help.|PRESENT"})
    void tellsTenseFromItsCues(String sentence, Tense expected) {
        // given a sentence
        // when
        Tense tense = detector.tenseOf(sentence);

        // then
        assertThat(tense).isEqualTo(expected);
    }
}
