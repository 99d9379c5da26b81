package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class SpeakerReachTests {

    private static SpeakerReach reachOf(String text) {
        return new SpeakerReach(text, ActorAnchors.Found.in(text, ActorGate.VERB).speech());
    }

    @Test
    void aNameReachesItsVerbOverCapitalisedWordsAndAdverbs() {
        // given
        String text = "Kim Yo-jong on Monday said the talks failed, Police Chief al-Sadr told reporters";

        // when
        SpeakerReach reach = reachOf(text);

        // then
        assertThat(reach.reaches(0)).isTrue();
        assertThat(reach.reaches(text.indexOf("Yo-jong"))).isTrue();
        assertThat(reach.reaches(text.indexOf("Police"))).isTrue();
        assertThat(reach.reaches(text.indexOf("Monday"))).isTrue();
    }

    @Test
    void aCapitalFollowedByLowerCaseWordsOrAFarVerbDoesNotReachIt() {
        // given
        String text = "Forty-three of the dead were children, the interior minister said. Last month the army told";

        // when
        SpeakerReach reach = reachOf(text);

        // then
        assertThat(reach.reaches(0)).isFalse();
        assertThat(reach.reaches(text.indexOf("Last"))).isFalse();
    }

    @Test
    void aNameBeforeACommaReachesAVerbTheCommaFormsAllow() {
        // given: ", a neighbour, told", ", the envoy, said", ", said"; and a comma no verb form follows
        String text = "Jane Doe, a neighbour, told us. Omar Ali, the Burmese envoy, said so. Ann Lee, said";
        String far = "Kingdom, Human Rights Watch said.";

        // when
        SpeakerReach reach = reachOf(text);

        // then
        assertThat(reach.reaches(0)).isTrue();
        assertThat(reach.reaches(text.indexOf("Omar"))).isTrue();
        assertThat(reachOf(far).reaches(0)).isFalse();
        assertThat(reach.reaches(text.indexOf("Ann"))).isTrue();
    }

    @Test
    void holdsWhereverThePatternMatchesInRandomSentences() {
        // given random sentences of names, particles, commas, articles, adverbs and verbs
        String[] words = {"Kim", "Yo-jong", "al-Sadr", "de", "Gaulle", "J.", "R.", "O’Neil", "D'Arcy", "Émile", ",",
                ", a", ", the", "a", "the", "an", "also", "on", "Monday", "last", "week", "said", "told", "met",
                "called", "Police", "officials", "residents", "2024", "(AP)", "”", "Smith.", "killed", "in", "Kenya"};
        String[] gaps = {" ", " ", " ", "  ", "\t", "\u00a0", ""};
        Random random = new Random(6);
        int matches = 0;
        for (int n = 0; n < 8000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(14) + 2; w > 0; w--) {
                sentence.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = sentence.toString();
            SpeakerReach reach = reachOf(text);
            Matcher m = ActorPatterns.NAME_BEFORE_SPEECH.matcher(text).useTransparentBounds(true)
                    .useAnchoringBounds(false);

            // when / then
            for (int s = 0; s < text.length(); s++) {
                if (ActorAnchors.mayStartName(text, s) && m.region(s, text.length()).lookingAt()) {
                    assertThat(reach.reaches(s)).as("%s at %d", text, s).isTrue();
                    matches++;
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }
}
