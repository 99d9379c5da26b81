package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StemTableTests {

    private final StemTable table = new StemTable(List.of(new String[] {"air", "bomb"}, new String[] {"air", "met"},
            new String[] {"meet"}));

    @Test
    void tellsWhichListsHaveAStemStartingAtAnIndex() {
        // given a folded text with "air" (lists 0 and 1), "bomb" (list 0) and "meet" (list 2)
        String folded = "an air raid, a bomb; they meet";

        // when / then
        assertThat(table.listsAt(folded, 3)).isEqualTo(0b011);
        assertThat(table.listsAt(folded, 15)).isEqualTo(0b001);
        assertThat(table.listsAt(folded, 26)).isEqualTo(0b100);
        assertThat(table.listsAt(folded, 0)).isZero();
    }

    @Test
    void findsNothingAtANonAsciiChar() {
        // given a folded text starting with an accented letter
        // when / then
        assertThat(table.listsAt("émet", 0)).isZero();
        assertThat(table.listsAt("émet", 1)).isEqualTo(0b010);
    }
}
