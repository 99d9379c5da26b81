package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventtimeline.extract.CasualtyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LastVerbsTests {

    /** The passive injured rule ("five people were wounded"). */
    private static final int INJURED_PASSIVE = passiveRule(CasualtyKind.INJURED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Two people were shot in the market.               | 99 | 16
            A man was shot, then five were wounded later.     | 99 | 31
            A man was shot, then five were wounded later.     | 30 | 10
            “I heard two shots and everybody ran,” he said.   | 99 | -1
            Seven were hospitalized.                          | 99 | 11
            """)
    void findsTheLastVerbAfterASpaceUpToTheBound(String sentence, int upTo, int expected) {
        // given a sentence and the passive injured rule
        LastVerbs verbs = new LastVerbs();
        verbs.reset(sentence, Starts.fold(sentence), PlainChars.plain(sentence));
        // when its last verb up to the bound is asked for
        int last = verbs.last(INJURED_PASSIVE, upTo);
        // then it is the last "shot", "wounded" or "hospitalized" preceded by a space, or -1 for the noun "shots"
        assertThat(last).isEqualTo(expected);
    }

    private static int passiveRule(CasualtyKind kind) {
        for (int r = 0; r < CasualtyPatterns.RULES.size(); r++) {
            CasualtyPatterns.Rule rule = CasualtyPatterns.RULES.get(r);
            if (rule.kind() == kind && rule.form() == CasualtyPatterns.Form.PASSIVE) {
                return r;
            }
        }
        throw new IllegalStateException("no passive rule for " + kind);
    }
}
