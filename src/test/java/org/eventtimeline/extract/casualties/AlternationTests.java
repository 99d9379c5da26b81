package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlternationTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            man|men|woman                    ; (?:m(?:an|en)|woman)
            teen|teenager                    ; teen(?:|ager)
            teenager|teen|teenage            ; teen(?:ager||age)
            ab|x|ac                          ; (?:a(?:b|c)|x)
            ab|(?-i:X)|ac                    ; (?:ab|(?-i:X)|ac)
            crew\\s+member|crew\\s+chief|cop ; c(?:rew\\s+(?:member|chief)|op)
            neighbou?r|nurse|nun             ; (?:neighbou?r|nu(?:rse|n))
            """)
    void factorsSharedLeadingCharsKeepingTheOrderWhereAlternativesCanBothMatch(String alternation, String expected) {
        // given an alternation of words
        // when it is factored
        String factored = Alternation.factor(alternation);
        // then shared leading chars are tested once; an ended word or a non-word alternative is never jumped over
        assertThat(factored).isEqualTo(expected);
    }

    @Test
    void theFactoredPersonNounsMatchLikeTheWordList() {
        // given the singular person nouns, as written and factored, each in a pattern that backtracks into them
        String tail = "(?<rest>(?:\\s+\\p{L}+)*?)\\s+(?:were|was)\\s+killed";
        Pattern written = Pattern.compile("(?iU)\\b(?:a|the)\\s+(?:" + NounPhrases.SINGULAR + ")s?" + tail);
        Pattern factored = Pattern.compile("(?iU)\\b(?:a|the)\\s+"
                + "(?:" + Alternation.factor(NounPhrases.SINGULAR) + ")s?" + tail);
        String text = "The teenager was killed; a teen aged 15 was killed; the crew member and a crew were killed;"
                + " the police officer was killed, a neighbor was killed and the neighbour was killed;"
                + " a student teacher was killed; the TEENAGERS were killed; a teen aged 15 is not counted";
        // when both find their matches in the same text
        // then they find the same matches with the same groups
        assertThat(matches(factored, text)).isEqualTo(matches(written, text)).hasSize(7);
    }

    @Test
    void splitsAtTopLevelBarsOnlyAndFindsTheClosingParenthesisOutsideEscapesAndClasses() {
        // given a regex with a group, an escaped bar, a class holding a bar and a parenthesis, and an escaped paren
        String regex = "(?:a|b\\))x|c\\|d|[|(]e";
        // when it is split at its top-level bars and its first group's end is looked for
        List<String> parts = Alternation.topLevel(regex);
        int close = Alternation.closing(regex);
        // then only the bars outside groups, escapes and classes split it, and the group ends at its own parenthesis
        assertThat(parts).containsExactly("(?:a|b\\))x", "c\\|d", "[|(]e");
        assertThat(close).isEqualTo(8);
        assertThat(Alternation.closing("(?:a(b)")).isEqualTo(-1);
        assertThat(Alternation.groupDepths("(a)\\(")).containsExactly(0, 1, 1, -1, -1);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group("rest"));
        }
        return found;
    }
}
