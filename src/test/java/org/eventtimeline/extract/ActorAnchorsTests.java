package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorAnchorsTests {

    @Test
    void nameChainReachesBackOverWordsOfLettersToOneTokenMore() {
        // given "Council" preceded by name words, a connector and, before them, a number and a comma word
        String text = "In 2024, x,Foo Bar of the Security Council met";
        int anchor = text.indexOf("Council");

        // when
        int start = ActorAnchors.nameChainStart(text, anchor);

        // then the chain stops at "x,Foo", where a match may still begin ("Foo")
        assertThat(start).isEqualTo(text.indexOf("x,Foo"));
    }

    @Test
    void nameChainStartsAtTheTextStartWhenOnlyNameWordsPrecede() {
        // given
        String text = "The U.S.-led Red Cross";

        // when / then
        assertThat(ActorAnchors.nameChainStart(text, text.indexOf("Red Cross"))).isZero();
    }

    @Test
    void aMatchStillFoundWhereTheChainBegins() {
        // given the named-organisation pattern and the text above
        String text = "In 2024, x,Foo Bar of the Security Council met";

        // when
        var m = ActorPatterns.NAMED_ORGANISATION.matcher(text);

        // then find() starts no earlier than the chain start
        assertThat(m.find()).isTrue();
        assertThat(m.start()).isGreaterThanOrEqualTo(ActorAnchors.nameChainStart(text, text.indexOf("Council")));
        assertThat(m.group("org")).isEqualTo("Foo Bar of the Security Council");
    }

    @Test
    void tellsWhereTheVerbPatternsLookBehindFails() {
        // given
        String text = "Kim Jong-Un met O’Brien and McCain";

        // when / then
        assertThat(ActorAnchors.afterNameChar(text, 0)).isFalse();
        assertThat(ActorAnchors.afterNameChar(text, text.indexOf("Jong"))).isFalse();
        assertThat(ActorAnchors.afterNameChar(text, text.indexOf("Un"))).isTrue();
        assertThat(ActorAnchors.afterNameChar(text, text.indexOf("Brien"))).isTrue();
        assertThat(ActorAnchors.afterNameChar(text, text.indexOf("Cain"))).isTrue();
    }

    @Test
    void readsOnlyTheAnchorSetsTheGateLetsRun() {
        // given
        String text = "The army said XCouncil workforce fighters";

        // when
        ActorAnchors.Found all = ActorAnchors.Found.in(text, ActorGate.VERB | ActorGate.ORGANISATION | ActorGate.GROUP);
        ActorAnchors.Found verbs = ActorAnchors.Found.in(text, ActorGate.VERB);

        // then
        assertThat(all.described()).containsExactly(4);
        assertThat(all.speech()).containsExactly(9);
        assertThat(all.state()).containsExactly(9);
        assertThat(all.organisation()).containsExactly(15);
        assertThat(all.group()).containsExactly(33);
        assertThat(verbs.organisation()).isEmpty();
        assertThat(verbs.group()).isEmpty();
        assertThat(verbs.speech()).containsExactly(9);
    }

    @Test
    void aNameStartsAtAnUpperCaseLetterOnly() {
        // given ASCII and non-ASCII capitals, a lower-case letter, a digit and a supplementary capital
        String text = "Ab Émile zoë 7 \uD835\uDC00x";

        // when / then
        assertThat(ActorAnchors.mayStartName(text, 0)).isTrue();
        assertThat(ActorAnchors.mayStartName(text, 1)).isFalse();
        assertThat(ActorAnchors.mayStartName(text, text.indexOf("É"))).isTrue();
        assertThat(ActorAnchors.mayStartName(text, text.indexOf("z"))).isFalse();
        assertThat(ActorAnchors.mayStartName(text, text.indexOf("7"))).isFalse();
        assertThat(ActorAnchors.mayStartName(text, text.indexOf("\uD835"))).isTrue();
    }
}
