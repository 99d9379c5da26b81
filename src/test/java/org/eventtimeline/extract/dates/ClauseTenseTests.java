package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.eventtimeline.extract.Tense;
import org.junit.jupiter.api.Test;

/** Tests the clause tense read around a date. */
class ClauseTenseTests {

    private final ClauseTense clauses = new ClauseTense();

    private Optional<Tense> tenseAround(String text, String date) {
        int at = text.indexOf(date);
        return clauses.tenseAround(text, at, at + date.length());
    }

    @Test
    void nearestCueWinsOverFartherOnes() {
        // given a report verb far from the date and a future auxiliary next to it
        String text = "Officials said the ministers will meet on Friday.";
        // when the tense around the date is read
        // then the future auxiliary decides
        assertThat(tenseAround(text, "Friday")).contains(Tense.FUTURE);
    }

    @Test
    void subordinateClauseAfterThatDoesNotLeakBack() {
        // given a speech date followed by a that-clause in the future
        String text = "The minister said on Friday that he would resign.";
        // when the tense around the date is read
        // then the past speech verb decides
        assertThat(tenseAround(text, "Friday")).contains(Tense.PAST);
    }

    @Test
    void scheduledToIsFutureNotAPastParticiple() {
        // given a schedule phrase ending in -ed
        String text = "The president is scheduled to visit the flood zone on Tuesday.";
        // when the tense around the date is read
        // then it is the future
        assertThat(tenseAround(text, "Tuesday")).contains(Tense.FUTURE);
    }

    @Test
    void passiveAfterBeIsNoPastCue() {
        // given a future passive "is due to be published"
        String text = "The book is due to be published in May.";
        // when the tense around the date is read
        // then the future phrase decides, not "published"
        assertThat(tenseAround(text, "May")).contains(Tense.FUTURE);
    }

    @Test
    void postponedUntilPointsForward() {
        // given a postponement
        String text = "The match has been postponed until Saturday.";
        // when the tense around the date is read
        // then it is the future
        assertThat(tenseAround(text, "Saturday")).contains(Tense.FUTURE);
    }

    @Test
    void thirdPersonPresentVerbIsPresent() {
        // given a present-tense verb after a pronoun
        String text = "The bill passes to the Senate after he takes office in January.";
        // when the tense around the date is read
        // then it is the present
        assertThat(tenseAround(text, "January")).contains(Tense.PRESENT);
    }

    @Test
    void clauseWithoutCueGivesNothing() {
        // given a verbless headline
        String text = "Floods in Kenya on Friday";
        // when the tense around the date is read
        // then there is no cue and the caller falls back to the sentence tense
        assertThat(tenseAround(text, "Friday")).isEmpty();
    }

    @Test
    void groupNumbersNameTheCueGroups() {
        // given cues of each kind
        String[][] cases = {{"be killed", "neutral"}, {"will", "future"}, {"said", "past"}, {"says", "present"},
            {"’ll", "short"}};
        for (String[] c : cases) {
            // when the cue pattern reads one
            java.util.regex.Matcher cue = ClauseTense.cueMatcher(c[0]);
            assertThat(cue.lookingAt()).isTrue();
            // then the group numbered for its kind is the named group that matched
            assertThat(cue.group(c[1])).isEqualTo(c[0]);
            int number = switch (c[1]) {
                case "neutral" -> ClauseTense.NEUTRAL;
                case "future" -> ClauseTense.FUTURE;
                case "past" -> ClauseTense.PAST;
                case "present" -> 4;
                default -> ClauseTense.SHORT;
            };
            assertThat(cue.group(number)).isEqualTo(c[0]);
        }
    }
}
