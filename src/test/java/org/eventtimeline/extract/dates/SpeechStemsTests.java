package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventtimeline.extract.AsciiWords;
import org.junit.jupiter.api.Test;

/** Tests the stem starts listed stretch by stretch. */
class SpeechStemsTests {

    private static final AsciiWords STEMS = new AsciiWords("said", "told", "announc");
    private static final String TEXT = "Said Ali, who ANNOUNCED it, unsaid 9said; told";

    @Test
    void listsOnlyWordStartsHoldingAStemWhateverTheirCase() {
        // given a sentence with stems at word starts, one inside a word and one after a digit
        SpeechStems stems = new SpeechStems(TEXT, STEMS);
        // when the stretches are asked in order
        // then only the word starts are given
        assertThat(stems.first(0, TEXT.length())).isEqualTo(0);
        assertThat(stems.first(1, TEXT.length())).isEqualTo(14);
        assertThat(stems.first(15, TEXT.length())).isEqualTo(42);
        assertThat(stems.first(43, TEXT.length())).isEqualTo(-1);
    }

    @Test
    void answersTheSameWhenAskedOutOfOrderOrInsideAWord() {
        // given stretches asked backwards and starting inside words
        SpeechStems stems = new SpeechStems(TEXT, STEMS);
        // when they are asked
        // then the answers are those of a whole scan
        assertThat(stems.first(30, 40)).isEqualTo(-1);
        assertThat(stems.first(16, 46)).isEqualTo(42);
        assertThat(stems.first(2, 14)).isEqualTo(-1);
        assertThat(stems.first(2, 15)).isEqualTo(14);
        assertThat(stems.first(0, 1)).isEqualTo(0);
    }
}
