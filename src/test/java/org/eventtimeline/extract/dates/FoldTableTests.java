package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventtimeline.extract.TextFold;
import org.junit.jupiter.api.Test;

/** Tests folding by table against the reference fold. */
class FoldTableTests {

    @Test
    void foldsLikeTextFold() {
        // given text with ASCII, accented, Kelvin sign, long s and dotless i
        String text = "Last WEEK in Zürich: \u212Aelvin, \u017Fay, \u0131stanbul “quoted”";
        // when folded by table
        String folded = FoldTable.fold(text);
        // then the result equals TextFold's, char for char
        assertThat(folded).isEqualTo(TextFold.fold(text));
        assertThat(folded).startsWith("last week in zürich: kelvin, say, istanbul");
    }
}
