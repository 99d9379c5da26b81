package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class TitleStartsTests {

    private static TitleStarts startsOf(String text) {
        return TitleStarts.in(text, ActorPatterns.TITLE_STEMS.positionsInFolded(text));
    }

    @Test
    void keepsTheTitlesANameFollowsWithinThreeWords() {
        // given
        String text = "Deputy prime minister Jane Doe met the president of the club and the actor, who starred";

        // when
        TitleStarts starts = startsOf(text);

        // then: "Deputy", "prime" and "minister" are before "Jane"; "president" and "actor" have no name after
        assertThat(starts.titles()).containsExactly(0, text.indexOf("prime"), text.indexOf("minister"));
    }

    @Test
    void aMatchStartsAtAKeptTitleOrOneOrTwoWordsBeforeIt() {
        // given
        String text = "then-North Korean leader Kim Jong-il and Japanese Prime Minister Fumio Kishida";

        // when
        TitleStarts starts = startsOf(text);

        // then
        assertThat(starts.mayStart(0)).isTrue();
        assertThat(starts.mayStart(text.indexOf("Korean"))).isTrue();
        assertThat(starts.mayStart(text.indexOf("leader"))).isTrue();
        assertThat(starts.mayStart(text.indexOf("Japanese"))).isTrue();
        assertThat(starts.mayStart(text.indexOf("Kim"))).isFalse();
        assertThat(starts.mayStart(text.indexOf("and"))).isFalse();
    }

    @Test
    void holdsWhereverThePatternMatchesInRandomSentences() {
        // given random sentences of qualifiers, titles and names
        String[] words = {"then-North", "Korean", "U.S.", "US", "UK", "Japanese", "prime", "Prime", "minister",
                "Minister", "secretary", "of", "state", "vice", "president", "Sen.", "gen.", "co-founder", "actor",
                "Kim", "Jong-il", "J.", "Émile", "al-Sadr", "de", "the", "said", ",", "2024", "chief", "police"};
        String[] gaps = {" ", " ", " ", "  ", "\t", "\u00a0", "", "-"};
        Random random = new Random(8);
        int matches = 0;
        for (int n = 0; n < 8000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12) + 2; w > 0; w--) {
                sentence.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = sentence.toString();
            TitleStarts starts = startsOf(text);
            Matcher m = ActorPatterns.TITLED_PERSON.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);

            // when / then: the start is allowed and its title is kept
            for (int s = 0; s < text.length(); s++) {
                if (m.region(s, text.length()).lookingAt()) {
                    assertThat(starts.mayStart(s)).as("%s at %d", text, s).isTrue();
                    assertThat(starts.titles()).as("%s at %d", text, s).contains(m.start("title"));
                    matches++;
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }
}
