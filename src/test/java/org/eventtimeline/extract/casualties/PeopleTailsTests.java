package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

import org.eventtimeline.extract.CasualtyKind;
import org.junit.jupiter.api.Test;

class PeopleTailsTests {

    private static final int KILLED_PASSIVE = passiveRule(CasualtyKind.KILLED);

    @Test
    void matchesTheTailRightAfterThePeopleAsTheWholeRuleDoes() {
        // given a sentence where "Two people" are followed by a passive killed verb
        String sentence = "Police said two people were later killed in the blast.";
        PeopleTails tails = new PeopleTails();
        tails.reset(sentence, PlainChars.plain(sentence));
        // when the tail is tried right after "two people" (12 to 22)
        Matcher tail = tails.tailAt(KILLED_PASSIVE, 22);
        // then it matches with the rule's own mid and verb groups
        Matcher whole = CasualtyPatterns.RULES.get(KILLED_PASSIVE).pattern().matcher(sentence);
        assertThat(whole.find()).isTrue();
        assertThat(tails.blockedAt(12)).isFalse();
        assertThat(tail).isNotNull();
        assertThat(tail.group("mid")).isEqualTo(" were later").isEqualTo(whole.group("mid"));
        assertThat(tail.group("verb")).isEqualTo("killed").isEqualTo(whole.group("verb"));
        assertThat(tail.end()).isEqualTo(whole.end()).isEqualTo(40);
        assertThat(whole.start("who")).isEqualTo(12);
        assertThat(whole.end("who")).isEqualTo(22);
    }

    @Test
    void failsWhereNoVerbFollowsAndIsBlockedJustAfterAVerb() {
        // given a sentence where the people follow a casualty verb and precede none
        String sentence = "Gunmen killed two people in the market.";
        PeopleTails tails = new PeopleTails();
        tails.reset(sentence, PlainChars.plain(sentence));
        // when the look-behind and the tail are tried at "two people"
        boolean blocked = tails.blockedAt(14);
        Matcher tail = tails.tailAt(KILLED_PASSIVE, 24);
        // then the look-behind fails there and no tail follows
        assertThat(blocked).isTrue();
        assertThat(tail).isNull();
        assertThat(PeopleTails.hasTail(KILLED_PASSIVE)).isTrue();
        assertThat(PeopleTails.hasTail(-1)).isFalse();
    }

    private static int passiveRule(CasualtyKind kind) {
        for (int r = 0; r < CasualtyPatterns.RULES.size(); r++) {
            CasualtyPatterns.Rule rule = CasualtyPatterns.RULES.get(r);
            if (rule.kind() == kind && rule.form() == CasualtyPatterns.Form.PASSIVE) {
                return r;
            }
        }
        throw new IllegalStateException("no passive rule for " + kind);
    }
}
