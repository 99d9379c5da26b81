package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleGateTests {

    private static final Pattern PEOPLE = Pattern.compile("(?iU)" + NounPhrases.PEOPLE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Five people were killed.                       | 0
            Police said at least 12 soldiers died.         | 12
            Police said no fewer than a hundred died.      | 12
            The officer was wounded.                       | 0
            Witnesses saw John Smith, 34, fall.            | 14
            He said his two sons were taken.               | 8
            Rescuers found half a dozen hikers.            | 15
            """)
    void letsThroughEveryStartOfAPeoplePhrase(String sentence, int start) {
        // given a sentence with a people phrase at a known start
        PeopleGate gate = new PeopleGate();
        gate.reset(sentence, Starts.fold(sentence));
        // when the gate is asked about that start
        boolean may = gate.mayBegin(start);
        // then it lets it through, and the phrase does match there
        assertThat(may).isTrue();
        assertThat(PEOPLE.matcher(sentence).region(start, sentence.length()).lookingAt()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            In the capital, police arrested him.           | 0
            Officials in Kabul, the capital, said so.      | 13
            At the hospital, he was treated.               | 0
            The storm hit the coast on Monday.             | 0
            """)
    void stopsStartsWhereNoPeoplePhraseCanBegin(String sentence, int start) {
        // given a sentence and a position with no number near, no age after a comma and no person noun after "the"
        PeopleGate gate = new PeopleGate();
        gate.reset(sentence, Starts.fold(sentence));
        // when the gate is asked about it
        boolean may = gate.mayBegin(start);
        // then it stops it, and the people pattern indeed fails there
        assertThat(may).isFalse();
        assertThat(PEOPLE.matcher(sentence).region(start, sentence.length()).lookingAt()).isFalse();
    }

    @Test
    void neverStopsAStartWherePeopleMatchInTheDevelopmentSentences() {
        // given sentences with counted, single, named and coordinated people phrases
        String text = "Gunmen killed 3 villagers, including two children, and a 17-year-old boy. Ana Maria Lopez, 45,"
                + " and her son were hurt. About 40 others and some 12 Kurds fled; in excess of 300 were held. A man,"
                + " 34, died; one of the victims and the two police officers were shot. Nearly twenty-five people";
        PeopleGate gate = new PeopleGate();
        gate.reset(text, Starts.fold(text));
        Matcher people = PEOPLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int starts = 0;
        // when every position is tried by the pattern and by the gate
        for (int s = 0; s < text.length(); s++) {
            people.region(s, text.length());
            if (people.lookingAt()) {
                starts++;
                // then the gate lets through every position where the pattern matches
                assertThat(gate.mayBegin(s)).as("start %d: %s", s, people.group()).isTrue();
            }
        }
        assertThat(starts).isGreaterThan(10);
    }
}
