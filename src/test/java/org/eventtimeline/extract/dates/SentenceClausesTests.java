package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.api.Test;

/** Tests the clause tense of several dates read from one sentence. */
class SentenceClausesTests {

    @Test
    void eachDateGetsTheNearestCueOfItsOwnClause() {
        // given a sentence with a past clause and a future clause after "that"
        String text = "Officials said on Monday that the talks will resume on Friday.";
        SentenceClauses clauses = new SentenceClauses(text);
        int monday = text.indexOf("Monday");
        int friday = text.indexOf("Friday");
        // when both dates ask
        // then each is read from its own clause
        assertThat(clauses.tenseAround(monday, monday + 6)).contains(Tense.PAST);
        assertThat(clauses.tenseAround(friday, friday + 6)).contains(Tense.FUTURE);
        // and asking again gives the same answer
        assertThat(clauses.tenseAround(monday, monday + 6)).contains(Tense.PAST);
    }

    @Test
    void cueAfterTheDateCountsFarther() {
        // given a future cue 8 chars before the date and a past cue 1 char after it
        String text = "It will on Friday, said the chief.";
        SentenceClauses clauses = new SentenceClauses(text);
        int friday = text.indexOf("Friday");
        // when the date asks
        // then the cue before wins, as the one after carries a penalty
        assertThat(clauses.tenseAround(friday, friday + 6)).contains(Tense.FUTURE);
    }

    @Test
    void noCueGivesEmpty() {
        // given a clause with no verb cue
        String text = "Rain on Friday.";
        // when the date asks
        // then there is no tense
        assertThat(new SentenceClauses(text).tenseAround(8, 14)).isEmpty();
    }
}
