package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
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

    @Test
    void givesWhatTheCuePatternsFindOnRandomText() {
        // given the two cue patterns as find() runs them, and random texts of cue words, letters and punctuation
        Pattern future = Pattern.compile("(?i)\\b(will|shall|won't|'ll|going to|(is|are|was|were) (due|set|scheduled|"
                + "expected|slated|to) (to )?\\w+|plans? to|planning to|intends? to|next (week|month|year))\\b");
        Pattern past = Pattern.compile("(?i)\\b(was|were|had|did|said|told|took|made|went|came|left|fled|died|killed|"
                + "shot|hit|began|saw|fell|held|met|ago|yesterday|last (week|month|year|night)|\\p{L}{2,}ed)\\b");
        String[] pieces = {"was", "WERE", "said", "ed", "Walked", "é", "ſ", "\u212A", "to", "due", "last", "week",
            "'ll", "’", " ", " ", ",", "x", "9", "_", "-", "YESTERDAY", "caf", "\u0301", "next", "will", "is"};
        Random random = new Random(42);

        // when / then
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sentence = text.toString();
            Tense expected = future.matcher(sentence).find() ? Tense.FUTURE
                    : past.matcher(sentence).find() ? Tense.PAST : Tense.PRESENT;
            assertThat(detector.tenseOf(sentence)).as(sentence).isEqualTo(expected);
        }
    }
}
