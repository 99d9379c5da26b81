package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTests {

    @Test
    void givesTheFirstAndLastWordAsSplitOnWhitespaceDoes() {
        // given a name with a tab and a double space
        String name = "Kim\tYo-jong  Said";

        // when / then
        assertThat(NameWords.first(name)).isEqualTo("Kim").isEqualTo(name.split("\\s+")[0]);
        assertThat(NameWords.last(name)).isEqualTo("Said");
        assertThat(NameWords.first("Pentagon")).isEqualTo("Pentagon");
        assertThat(NameWords.last("Pentagon")).isEqualTo("Pentagon");
    }

    @Test
    void dropsALeadingTheAsTheRegexesDid() {
        // given / when / then: "The" only in that case unless any case is asked for
        assertThat(NameWords.withoutThe("The  Red Cross", false)).isEqualTo("Red Cross");
        assertThat(NameWords.withoutThe("the Red Cross", false)).isEqualTo("the Red Cross");
        assertThat(NameWords.withoutThe("THE Red Cross", true)).isEqualTo("Red Cross");
        assertThat(NameWords.withoutThe("Theatre Guild", true)).isEqualTo("Theatre Guild");
        assertThat(NameWords.withoutThe("The", true)).isEqualTo("The");
    }

    @Test
    void collapsesWhitespaceRunsToOneSpace() {
        // given / when / then
        assertThat(NameWords.singleSpaced("prime \t minister")).isEqualTo("prime minister");
        assertThat(NameWords.singleSpaced("prime minister")).isEqualTo("prime minister");
        assertThat(NameWords.singleSpaced("vice\npresident")).isEqualTo("vice president");
    }

    @Test
    void findsAWordAmongTheHyphenAndSpaceSeparatedParts() {
        // given / when / then
        assertThat(NameWords.isPart("Kim Yo-jong", "Yo")).isTrue();
        assertThat(NameWords.isPart("Kim Yo-jong", "jong")).isTrue();
        assertThat(NameWords.isPart("Kim Yo-jong", "Kim")).isTrue();
        assertThat(NameWords.isPart("Kimberly Yo-jong", "Kim")).isFalse();
        assertThat(NameWords.isPart("Kim Yo-jong", "Yo-jong")).isFalse();
        assertThat(NameWords.isPart("Kim Yo-jong", "")).isFalse();
    }

    @Test
    void titleCasesARoleKeepingShortWordsLowerCase() {
        // given / when / then
        assertThat(NameWords.titleCase("secretary of state")).isEqualTo("Secretary of State");
        assertThat(NameWords.titleCase("gen.")).isEqualTo("Gen.");
        assertThat(NameWords.titleCase("prime minister")).isEqualTo("Prime Minister");
    }

    @Test
    void nextWordSkipsTheRestOfTheWordAndTheSpacesAfterIt() {
        // given words split by a space, a tab and a double space
        String text = "Army  chief\tsaid so";

        // when / then: from anywhere in a word to the next word's start; past the last word, the text's end
        assertThat(NameWords.nextWord(text, 0)).isEqualTo(6);
        assertThat(NameWords.nextWord(text, 2)).isEqualTo(6);
        assertThat(NameWords.nextWord(text, 6)).isEqualTo(12);
        assertThat(NameWords.nextWord(text, 12)).isEqualTo(17);
        assertThat(NameWords.nextWord(text, 17)).isEqualTo(text.length());
    }
}
