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
}
