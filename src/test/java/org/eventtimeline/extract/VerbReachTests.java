package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class VerbReachTests {

    private static VerbReach reachOf(String text) {
        return VerbReach.ofWords(text, ActorAnchors.Found.in(text, ActorGate.VERB).state());
    }

    @Test
    void aCapitalReachesAVerbOverLettersAndWhitespaceOnly() {
        // given
        String text = "North Korea and the United States have signed. Japan, China (Beijing) said";

        // when
        VerbReach reach = reachOf(text);

        // then
        assertThat(reach.reaches(0)).isTrue();
        assertThat(reach.reaches(text.indexOf("United"))).isTrue();
        assertThat(reach.reaches(text.indexOf("Japan"))).isFalse();
        assertThat(reach.reaches(text.indexOf("China"))).isFalse();
        assertThat(reach.reaches(text.indexOf("Beijing"))).isFalse();
    }

    @Test
    void holdsWhereverThePatternMatchesInRandomSentences() {
        // given random sentences of countries, connectors, auxiliaries and verbs
        String[] words = {"Japan", "North", "Korea", "and", "the", "has", "will", "on", "Monday", "yesterday", "said",
                "signed", "is", "seeking", "launched", ",", "(AP)", "2024", "Émile", "O’Neil", "x", "killed"};
        String[] gaps = {" ", " ", " ", "  ", "\t", "\u00a0", "", "-"};
        Random random = new Random(7);
        int matches = 0;
        for (int n = 0; n < 8000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12) + 2; w > 0; w--) {
                sentence.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = sentence.toString();
            VerbReach reach = reachOf(text);
            Matcher m = ActorPatterns.STATE_ACTING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);

            // when / then
            for (int s = 0; s < text.length(); s++) {
                if (m.region(s, text.length()).lookingAt()) {
                    assertThat(reach.reaches(s)).as("%s at %d", text, s).isTrue();
                    matches++;
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }
}
