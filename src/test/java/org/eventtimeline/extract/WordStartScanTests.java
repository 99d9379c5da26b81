package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordStartScanTests {

    private static final Pattern PAST = Pattern.compile("(?i)\\b(was|last (week|night)|\\p{L}{2,}ed)\\b");

    @Test
    void findsAWordThatStartsAfterPunctuationOrSpace() {
        // given a past form after a comma and one at the very start
        // when / then
        assertThat(WordStartScan.occursIn(PAST, "Then,they walked home")).isTrue();
        assertThat(WordStartScan.occursIn(PAST, "WAS it true")).isTrue();
        assertThat(WordStartScan.occursIn(PAST, "Police said nothing last night")).isTrue();
    }

    @Test
    void doesNotMatchInsideAWord() {
        // given "was" and "ed" only inside longer words
        // when / then
        assertThat(WordStartScan.occursIn(PAST, "Kawasaki needs seeds")).isFalse();
        assertThat(WordStartScan.occursIn(PAST, "x_was 2was")).isFalse();
    }

    @Test
    void givesTheSameAnswerAsFindOnTrickyText() {
        // given texts with accents, digits, underscores, marks and supplementary letters
        List<String> texts = List.of("café-bred fine", "éwas here", "naïvewas", "über_killed", "a\u0301was x",
                "\uD835\uDC00bled now", "\uD83D\uDE00walked", "", "ed", "9walked", "’walked", "Ölfed", "x-rated");

        // when / then
        for (String text : texts) {
            assertThat(WordStartScan.occursIn(PAST, text)).as(text).isEqualTo(PAST.matcher(text).find());
        }
    }

    @Test
    void nextStartGivesEachIndexWhereMayStartHolds() {
        // given texts with accents, digits, underscores, marks, surrogates and random ASCII and Latin-1 mixes
        List<String> texts = new java.util.ArrayList<>(List.of("café-bred fine", "éwas here", "a\u0301was x",
                "\uD835\uDC00bled now", "\uD83D\uDE00walked", "", "9walked x_y", "’walked", "Ölfed", "x-rated"));
        java.util.Random random = new java.util.Random(6);
        String alphabet = "aZ9_ -.’éÖ\u0301\u212A";
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }

        // when / then: stepping by nextStart visits exactly the indices mayStart accepts
        for (String text : texts) {
            List<Integer> expected = new java.util.ArrayList<>();
            for (int at = 0; at < text.length(); at++) {
                if (WordStartScan.mayStart(text, at)) {
                    expected.add(at);
                }
            }
            List<Integer> visited = new java.util.ArrayList<>();
            for (int at = WordStartScan.nextStart(text, 0); at < text.length(); at = WordStartScan.nextStart(text, at + 1)) {
                visited.add(at);
            }
            assertThat(visited).as(text).isEqualTo(expected);
        }
        assertThat(WordStartScan.nextStart("ab cd", 1)).isEqualTo(3);
        assertThat(WordStartScan.nextStart("ab cd", 5)).isEqualTo(5);
    }
}
