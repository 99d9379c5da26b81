package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests the last-word check made before the count-prefix pattern runs. */
class CountPrefixesTests {

    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:^|\\W)(?:" + CountNouns.COUNT_PREFIX
            + ")\\s*$");

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            killed about |true
            Route |true
            flat No.  |true
            Apt.|true
            up to|true
            1,000 and |true
            handsome |false
            in |false
            (|false
            No |false
            the year |false
            """)
    void mayEndOnlyWhereAnAlternativeEnds(String window, boolean expected) {
        // given a window before a number
        // when it is checked
        // then only a window ending in an alternative's last word passes
        assertThat(CountPrefixes.mayEnd(window, 0, window.length())).isEqualTo(expected);
    }

    @Test
    void neverRefusesAWindowThePatternMatches() {
        // given random windows made of count words, numbers, punctuation and spaces
        String[] parts = {"about", "No.", "apt", "apt.", "up", "to", "and", "or", "some", "hand", "1,000", "12", " ",
            "  ", "\n", "\u2028", ".", ",", "é", "X", "Route", "over", "the", "in"};
        Random random = new Random(6);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder window = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                window.append(parts[random.nextInt(parts.length)]);
            }
            String text = window.toString();
            // when the check and the pattern run on the same window (and on a cut of it)
            for (int from = 0; from <= Math.min(3, text.length()); from++) {
                boolean matches = COUNT_BEFORE.matcher(text.substring(from)).find();
                // then the check passes wherever the pattern matches
                if (matches) {
                    assertThat(CountPrefixes.mayEnd(text, from, text.length())).as("[%s] from %d", text, from)
                            .isTrue();
                }
            }
        }
    }
}
