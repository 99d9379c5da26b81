package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class DescribedAnchorsTests {

    private static int[] nounsOf(String text) {
        return ActorAnchors.Found.in(text, ActorGate.VERB).described();
    }

    @Test
    void keepsTheNounsAVerbFollowsWithinThreeWords() {
        // given
        String text = "the crisis office said the army on Monday told the police about the court ruling today";

        // when
        int[] kept = DescribedAnchors.before(text, nounsOf(text));

        // then: "office" and "army" are kept; "police" and "court" have no verb after them
        assertThat(kept).containsExactly(text.indexOf("office"), text.indexOf("army"));
    }

    @Test
    void holdsTheNounOfEveryMatchInRandomSentences() {
        // given random sentences of articles, possessives, nouns, adverbs and verbs
        String[] words = {"a", "the", "The", "government’s", "UN-backed", "crisis", "office", "army", "forces",
                "police", "on", "Monday", "yesterday", "also", "said", "told", "reported", "added", "met", "2024", ","};
        String[] gaps = {" ", " ", " ", "  ", "\t", "\u00a0", ""};
        Random random = new Random(9);
        int matches = 0;
        for (int n = 0; n < 8000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12) + 2; w > 0; w--) {
                sentence.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = sentence.toString();
            int[] kept = DescribedAnchors.before(text, nounsOf(text));
            Matcher m = ActorPatterns.DESCRIBED_ORGANISATION.matcher(text).useTransparentBounds(true)
                    .useAnchoringBounds(false);

            // when / then: the noun is the last word of the "org" group, and it is kept
            for (int s = 0; s < text.length(); s++) {
                if (m.region(s, text.length()).lookingAt()) {
                    int noun = AnchoredScan.walkBack(text, m.end("org") - 1, 0);
                    assertThat(kept).as("%s at %d", text, s).contains(noun);
                    matches++;
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }
}
