package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.api.Test;

/** Tests reading the tense cues of one clause, as far as asked. */
class ClauseCuesTests {

    @Test
    void cuesComeInTextOrderWithTheirTenses() {
        // given a clause with a past cue, a neutral cue and a future cue
        String text = "Police said the match, being played now, will go ahead.";
        ClauseCues cues = new ClauseCues(text, 0, text.length());
        // when the cues are read one by one
        // then "said" and "will" come out, "being played" (no tense) is left out
        assertThat(cues.has(0)).isTrue();
        assertThat(text.substring(cues.start(0), cues.end(0))).isEqualTo("said");
        assertThat(cues.tense(0)).isEqualTo(Tense.PAST.ordinal());
        assertThat(cues.has(1)).isTrue();
        assertThat(text.substring(cues.start(1), cues.end(1))).isEqualTo("will");
        assertThat(cues.tense(1)).isEqualTo(Tense.FUTURE.ordinal());
        assertThat(cues.has(2)).isFalse();
    }

    @Test
    void onlyTheClauseIsRead() {
        // given a text whose clause [0, 10) holds no cue
        String text = "Rain fell, and it will snow.";
        ClauseCues cues = new ClauseCues(text, 0, 4);
        // when the first cue is asked for
        // then there is none inside the clause
        assertThat(cues.has(0)).isFalse();
    }
}
