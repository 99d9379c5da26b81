package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorGateTests {

    @Test
    void setsTheBitsOfTheWordSetsASentenceHolds() {
        // given / when / then a title and a speech verb, case ignored; a sentence with neither
        assertThat(ActorGate.of("The Minister said")).isEqualTo(ActorGate.TITLE | ActorGate.VERB);
        assertThat(ActorGate.of("a quiet day")).isZero();
    }
}
