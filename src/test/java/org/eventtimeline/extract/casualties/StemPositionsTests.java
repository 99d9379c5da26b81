package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemPositionsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He was shot and fatally shot.  | 7  | 24
            He was shot twice.             | 7  | -1
            Nothing happened here.         | -1 | -1
            """)
    void notesTheFirstCueAndTheLastShotBeforeFatally(String sentence, int firstCue, int shotFatallyLimit) {
        // given a sentence's folded chars
        char[] chars = Starts.fold(sentence).toCharArray();
        StemPositions stems = new StemPositions();
        // when its stems are scanned
        stems.scan(chars, chars.length);
        // then the first cue stem and, only with "fatally", the last "shot" are where they occur
        assertThat(stems.firstCue()).isEqualTo(firstCue);
        assertThat(stems.limit(-1)).isEqualTo(shotFatallyLimit);
    }

    @Test
    void forgetsThePreviousSentence() {
        // given a scan of a sentence with stems
        StemPositions stems = new StemPositions();
        char[] first = Starts.fold("He was shot and fatally shot.").toCharArray();
        stems.scan(first, first.length);
        // when a sentence without stems is scanned into the same buffer length
        char[] second = Starts.fold("Nothing happened there at all.").toCharArray();
        stems.scan(second, second.length);
        // then nothing of the first is left
        assertThat(stems.firstCue()).isEqualTo(-1);
        assertThat(stems.limit(-1)).isEqualTo(-1);
    }

    @Test
    void readsOnlyTheGivenLength() {
        // given a buffer whose chars past the sentence still hold an older, longer one
        char[] chars = Starts.fold("Calm day. Two were killed").toCharArray();
        StemPositions stems = new StemPositions();
        // when only the first nine chars are scanned
        stems.scan(chars, 9);
        // then the stem beyond them is not seen
        assertThat(stems.firstCue()).isEqualTo(-1);
    }
}
