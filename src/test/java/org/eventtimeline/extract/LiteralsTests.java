package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralsTests {

    @Test
    void givesEachOffsetWhereAWordStartsOnceInTextOrder() {
        // given words sharing first letters, one a prefix of another
        Literals words = new Literals("said", "says", "sa", "told", "Red Cross");

        // when
        int[] positions = words.positionsIn("He said, she told the Red Cross; says who");

        // then
        assertThat(positions).containsExactly(3, 13, 22, 33);
    }

    @Test
    void findsOverlappingOccurrencesAndKeepsCase() {
        // given
        Literals words = new Literals("aa", "été");

        // when / then
        assertThat(words.positionsIn("aaa été Été")).containsExactly(0, 1, 4);
        assertThat(words.positionsIn("")).isEmpty();
    }

    @Test
    void refusesOneCharWords() {
        // given / when / then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Literals("a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsSeveralSetsInOnePassEachWithItsOwnOffsets() {
        // given two sets sharing the word "said"
        Literals sets = Literals.ofSets(new String[] {"said", "police"}, new String[] {"said", "army"});

        // when
        int[][] positions = sets.positionsOfEachIn("The army said police said");

        // then
        assertThat(positions[0]).containsExactly(9, 14, 21);
        assertThat(positions[1]).containsExactly(4, 9, 21);
    }

    @Test
    void findsLowerCaseWordsInTheFoldedTextWithoutFoldingIt() {
        // given words in lower case and a text in mixed case, with a Kelvin sign that folds to "k"
        Literals words = new Literals("king", "act", "co-");
        String text = "The KING, the \u212Aing, a Factor and Co-founder";

        // when
        int[] positions = words.positionsInFolded(text);

        // then
        assertThat(positions).containsExactly(4, 14, 23, 33)
                .isEqualTo(words.positionsIn(TextFold.fold(text)));
    }

    @Test
    void skipsBucketsWhoseThirdCharIsAbsent() {
        // given words sharing their first two chars
        Literals words = new Literals("sent", "seeking", "se");

        // when / then: "se" (two chars) matches wherever the pair occurs
        assertThat(words.positionsIn("sex seeking sent")).containsExactly(0, 4, 12);
        assertThat(new Literals("sent", "seeking").positionsIn("sex seeking sent")).containsExactly(4, 12);
    }

    @Test
    void keepsOnlyOffsetsAfterWhitespaceOrAtCapitalsWhenAsked() {
        // given verbs and nouns, and capitalised organisation words
        Literals spaced = Literals.ofSets(new String[] {"said"}, new String[] {"army", "force"});
        Literals capitals = new Literals("Council", "Army");

        // when
        int[][] afterSpace = spaced.positionsOfEachAfterSpaceIn("said unsaid, the army said\tforce workforce");
        int[] atCapitals = capitals.positionsAtCapitalsIn("XCouncil met the Army; council");

        // then "unsaid" and "workforce" are skipped, "XCouncil" is kept at its capital
        assertThat(afterSpace[0]).containsExactly(0, 22);
        assertThat(afterSpace[1]).containsExactly(17, 27);
        assertThat(atCapitals).containsExactly(1, 17);
    }
}
