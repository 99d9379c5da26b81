package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.junit.jupiter.api.Test;

class ActorOverlapsTests {

    @Test
    void keepsTheStrongestOfOverlappingMentionsAndOneMentionPerName() {
        // given a full name and a weaker surname inside it, and one organisation named twice
        ActorMention acme = new ActorMention(0, 20, 29, "Acme Corp",
                new Actor("Acme Corp", null, null, ActorKind.ORGANISATION), 0.7);
        ActorMention acmeAgain = new ActorMention(0, 40, 49, "Acme Corp",
                new Actor("Acme Corp", null, null, ActorKind.ORGANISATION), 0.7);
        ActorMention surname = new ActorMention(0, 5, 8, "Doe", new Actor("Doe", null, null, ActorKind.PERSON), 0.5);
        ActorMention jane = new ActorMention(0, 0, 8, "Jane Doe",
                new Actor("Jane Doe", null, null, ActorKind.PERSON), 0.9);

        // when
        List<ActorMention> kept = ActorOverlaps.without(List.of(acme, acmeAgain, surname, jane));

        // then in text order
        assertThat(kept).containsExactly(jane, acme);
    }
}
