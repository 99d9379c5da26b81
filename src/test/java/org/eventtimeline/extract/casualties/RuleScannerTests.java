package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.eventtimeline.extract.CasualtyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleScannerTests {

    /** The passive injured rule ("five people were wounded"). */
    private static final int INJURED_PASSIVE = passiveRule(CasualtyKind.INJURED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Two people were shot in the market.               | 15
            “I heard two shots and everybody ran,” he said.   | -1
            A man was shot, then five were wounded later.     | 30
            """)
    void aPassiveRuleStopsBeforeTheLastPlaceItsVerbMatches(String sentence, int limit) {
        // given a sentence whose "shot" stem is a verb, only a noun, or followed by a later verb
        RuleScanner scanner = new RuleScanner();
        scanner.reset(sentence);
        // when the passive injured rule's last start is asked for
        int last = scanner.limit(INJURED_PASSIVE);
        // then it is just before the last verb ("shot", "wounded"), or none when "shots" is no verb
        assertThat(last).isEqualTo(limit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Two people were shot in the market.               | Two people
            A man was shot, then five were wounded later.     | A man;five
            “I heard two shots and everybody ran,” he said.   | ''
            """)
    void findsWhatFindFinds(String sentence, String expected) {
        // given a sentence and the passive injured rule
        RuleScanner scanner = new RuleScanner();
        scanner.reset(sentence);
        CasualtyPatterns.Rule rule = CasualtyPatterns.RULES.get(INJURED_PASSIVE);
        List<String> found = new ArrayList<>();
        // when its matches are found from the scanner's starts up to its limit
        int limit = scanner.limit(INJURED_PASSIVE);
        if (limit >= 0) {
            RuleMatch m = scanner.match();
            for (int from = 0; scanner.find(INJURED_PASSIVE, from, limit); from = m.end()) {
                found.add(m.group("who"));
            }
        }
        List<String> plain = new ArrayList<>();
        Matcher all = rule.pattern().matcher(sentence);
        while (all.find()) {
            plain.add(all.group("who"));
        }
        // then they are the people find() gives on the whole sentence
        assertThat(String.join(";", found)).isEqualTo(expected);
        assertThat(found).isEqualTo(plain);
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
