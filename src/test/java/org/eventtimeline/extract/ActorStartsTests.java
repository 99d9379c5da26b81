package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class ActorStartsTests {

    @Test
    void describedOrganisationsStartAtAnArticleOrAPossessive() {
        // given
        String text = "Then a UN-backed mission said, and the government’s crisis office told AN agency";

        // when
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s < text.length(); s++) {
            if (ActorStarts.mayStartDescribed(text, s)) {
                starts.add(s);
            }
        }

        // then: "a", "the", every letter of "government’s" and "AN"
        int government = text.indexOf("government");
        assertThat(starts).startsWith(5, text.indexOf("the "), government, government + 1)
                .contains(government + 9, text.indexOf("AN"))
                .doesNotContain(0, text.indexOf("and"), text.indexOf("crisis"));
    }

    @Test
    void everyMatchOfTheDescribedPatternStartsWhereTheTestHolds() {
        // given
        String text = "the government’s crisis office said and a UN-backed multinational security mission said";

        // when / then
        Matcher m = ActorPatterns.DESCRIBED_ORGANISATION.matcher(text);
        int found = 0;
        while (m.find()) {
            assertThat(ActorStarts.mayStartDescribed(text, m.start())).isTrue();
            found++;
        }
        assertThat(found).isEqualTo(2);
    }

    @Test
    void groupsStartAtACapitalOrOneOfTheirFirstWords() {
        // given
        String text = "Haitian gang members and armed gunmen met rebels";

        // when / then
        assertThat(ActorStarts.mayStartGroup(text, 0)).isTrue();
        assertThat(ActorStarts.mayStartGroup(text, text.indexOf("gang"))).isTrue();
        assertThat(ActorStarts.mayStartGroup(text, text.indexOf("armed"))).isTrue();
        assertThat(ActorStarts.mayStartGroup(text, text.indexOf("rebels"))).isTrue();
        assertThat(ActorStarts.mayStartGroup(text, text.indexOf("and"))).isFalse();
        assertThat(ActorStarts.mayStartGroup(text, text.indexOf("met"))).isFalse();
    }
}
