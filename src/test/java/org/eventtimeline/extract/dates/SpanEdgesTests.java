package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests the char-level checks made before the reporting patterns run. */
class SpanEdgesTests {

    @Test
    void possessiveSpanEndsInApostropheS() {
        // given a sentence with a possessive date and a plain one
        String text = "Friday’s attack and Monday's vote came on Sunday.";
        // when the spans are checked
        // then only the possessive ones are flagged, with either apostrophe
        assertThat(SpanEdges.endsPossessive(text, 0, 8)).isTrue();
        assertThat(SpanEdges.endsPossessive(text, 20, 28)).isTrue();
        assertThat(SpanEdges.endsPossessive(text, 42, 48)).isFalse();
    }

    @Test
    void possessiveMayBeFollowedByOneFinalLineBreak() {
        // given a span ending in "'s" and a line break, as "$" allows
        String text = "Friday's\n";
        // when the whole span is checked
        // then it counts as possessive
        assertThat(SpanEdges.endsPossessive(text, 0, 9)).isTrue();
        assertThat(SpanEdges.endsPossessive("Friday's\r\n", 0, 10)).isTrue();
    }

    @Test
    void stemMustLieWhollyInsideTheWindow() {
        // given a folded sentence with "statement" at 5..14
        String folded = "in a statement on friday";
        // when windows around it are checked
        // then only a window holding the whole stem counts
        assertThat(SpanEdges.holdsStem(folded, 0, 14, new String[] {"release", "statement"})).isTrue();
        assertThat(SpanEdges.holdsStem(folded, 0, 13, new String[] {"statement"})).isFalse();
    }

    @Test
    void commaAfterSpacesAndSentenceOpeners() {
        // given an opener "On Saturday, the ministry said"
        String text = "On Saturday , the ministry said";
        // when the edges of "Saturday" (3..11) are checked
        // then a comma follows after spaces, and the text before starts with an o
        assertThat(SpanEdges.commaAfterSpaces(text, 11)).isTrue();
        assertThat(SpanEdges.commaAfterSpaces(text, 2)).isFalse();
        assertThat(SpanEdges.mayOpenSentence(text, 3)).isTrue();
        assertThat(SpanEdges.mayOpenSentence("  Police said Monday", 14)).isFalse();
        assertThat(SpanEdges.mayOpenSentence("  Monday", 2)).isTrue();
    }

    @Test
    void regexSpaceIsAsciiWhitespaceOnly() {
        // given a space and a no-break space after a date
        // when the char after it is checked
        // then only the ASCII space counts, as regex \s does
        assertThat(SpanEdges.startsWithRegexSpace("Monday said", 6)).isTrue();
        assertThat(SpanEdges.startsWithRegexSpace("Monday\u00a0said", 6)).isFalse();
        assertThat(SpanEdges.startsWithRegexSpace("Monday", 6)).isFalse();
    }
}
