package org.eventtimeline.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyFilterTests {

    private final KeyFilter filter = new KeyFilter(List.of("bamako", "st. louis", "north korea"));

    @Test
    void letsThroughEveryKeyInAnyAsciiCase() {
        // given a text holding the names in other cases
        String text = "In BAMAKO and St. Louis, North Korea";

        // when / then
        assertThat(filter.mayHold(text, 3, 9)).isTrue();
        assertThat(filter.mayHold(text, 14, 23)).isTrue();
        assertThat(filter.mayHold(text, 25, 36)).isTrue();
    }

    @Test
    void rulesOutUnknownNamesButNotNonAsciiOnes() {
        // given / when / then
        assertThat(filter.mayHold("Timbuktu", 0, 8)).isFalse();
        assertThat(filter.mayHold("Zürich", 0, 6)).isTrue();
    }
}
