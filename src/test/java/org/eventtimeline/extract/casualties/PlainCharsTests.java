package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainCharsTests {

    /** Every kind of construct the casualty patterns use, on one char or at a word boundary next to it. */
    private static final String[] CONSTRUCTS = {"\\w", "\\W", "\\s", "\\S", "\\d", "\\p{L}", "\\p{Lu}",
        "\\p{Ll}", "[\\p{L}\\d'’.-]", "[\\p{L}'’-]", "[\\w$£€.,:/'’-]", "[^.;:!?]", "[,.;:!?)\"”’—–]", "[\\w%]",
        "[.:,/]", ".", "[\\p{L}\\d]", "[ap]", "[sz]", "’", "”", "—", "–", "£", "€", "$", "%", "'", "-", "x\\b", "\\bx", "\\b",
        "x\\B", "(?-i:\\p{Lu})", "(?-i:\\p{Ll})"};

    @Test
    void plainCharsMatchEveryConstructAlikeWithAndWithoutTheUnicodeFlag() {
        // given every char the check calls plain, and every construct plus each ASCII letter as a case-blind literal
        List<String> constructs = new ArrayList<>(List.of(CONSTRUCTS));
        for (char letter = 'a'; letter <= 'z'; letter++) {
            constructs.add(String.valueOf(letter));
        }
        List<Pattern> ascii = constructs.stream().map(c -> Pattern.compile("(?i)" + c)).toList();
        List<Pattern> unicode = constructs.stream().map(c -> Pattern.compile("(?iU)" + c)).toList();
        int plain = 0;
        List<String> differences = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!PlainChars.plain(String.valueOf((char) c))) {
                continue;
            }
            plain++;
            for (int k = 0; k < constructs.size(); k++) {
                // when each construct is matched on the char alone and next to a letter in both modes
                for (String text : new String[] {String.valueOf((char) c), "x" + (char) c, (char) c + "x"}) {
                    if (ascii.get(k).matcher(text).find() != unicode.get(k).matcher(text).find()) {
                        differences.add(Integer.toHexString(c) + " " + constructs.get(k) + " in " + text);
                    }
                }
            }
        }
        // then no plain char is matched differently, and all of ASCII and the common punctuation is plain
        assertThat(differences).isEmpty();
        assertThat(plain).isGreaterThan(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police said 12 people were killed.",
        "“Five died,” he said — €3 a day; 4% (or 10'000)."})
    void asciiAndPunctuationArePlain(String sentence) {
        // given a sentence of ASCII, curly quotes, dashes and currency signs
        // when it is checked
        boolean plain = PlainChars.plain(sentence);
        // then it is plain
        assertThat(plain).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"José was killed.", "five\u00a0people", "KELVIN \u212a", "a \u0301 mark", "Ⓐ circled",
        "zero\u200dwidth", "Ⅻ twelve"})
    void lettersSpacesAndMarksBeyondAsciiAreNotPlain(String sentence) {
        // given a sentence with an accented letter, a no-break space, a cased sign, a mark or a joiner
        // when it is checked
        boolean plain = PlainChars.plain(sentence);
        // then it is not plain
        assertThat(plain).isFalse();
    }
}
