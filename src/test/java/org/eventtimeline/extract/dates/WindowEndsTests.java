package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests where a window's trailing whitespace and its last letter run begin. */
class WindowEndsTests {

    @Test
    void trailingSpaceIncludesLineTerminatorsButStopsAtTheWindowStart() {
        // given a window ending in spaces and a final line separator
        String text = "xx the \t\u2028";
        // when its trailing whitespace is found
        // then it begins right after "the", and never before the window
        assertThat(WindowEnds.beforeTrailingSpace(text, 0, text.length())).isEqualTo(6);
        assertThat(WindowEnds.beforeTrailingSpace(text, 7, text.length())).isEqualTo(7);
        assertThat(WindowEnds.beforeTrailingSpace("abc", 0, 3)).isEqualTo(3);
    }

    @Test
    void letterRunStopsAtNonLettersAndAtTheWindowStart() {
        // given "handsome" cut by a window and an accented letter before a word
        // when the letter runs are found
        // then they hold ASCII letters only and stay in the window
        assertThat(WindowEnds.letterRunStart("handsome", 4, 8)).isEqualTo(4);
        assertThat(WindowEnds.letterRunStart("handsome", 0, 8)).isEqualTo(0);
        assertThat(WindowEnds.letterRunStart("éabout", 0, 6)).isEqualTo(1);
        assertThat(WindowEnds.letterRunStart("no 5", 0, 3)).isEqualTo(3);
    }
}
