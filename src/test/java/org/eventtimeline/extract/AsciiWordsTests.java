package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AsciiWordsTests {

    private final AsciiWords words = new AsciiWords("next", "last", "Monday");

    @Test
    void findsAWordAtTheOffsetWhateverTheCaseOfItsAsciiLetters() {
        // given / when / then
        assertThat(words.startAt("LAST week", 0)).isTrue();
        assertThat(words.startAt("on monday", 3)).isTrue();
        assertThat(words.startAt("the Next day", 4)).isTrue();
    }

    @Test
    void refusesOtherOffsetsShortTextsAndNonAsciiLookAlikes() {
        // given / when / then
        assertThat(words.startAt("a last", 1)).isFalse();
        assertThat(words.startAt("la", 0)).isFalse();
        assertThat(words.startAt("Mon", 0)).isFalse();
        // a Kelvin sign is not "k" to (?i) without UNICODE_CASE
        assertThat(new AsciiWords("king").startAt("\u212Aing", 0)).isFalse();
    }

    @Test
    void acceptsOnlyAsciiWords() {
        // given / when / then
        assertThatThrownBy(() -> new AsciiWords("été")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithACaseBlindRegionMatchAtEveryOffsetOfRandomTexts() {
        // given words sharing first and second chars, a one-letter word, and random texts of near misses
        String[] list = {"a", "announc", "added", "acknowledged", "Tuesday", "the", "this", "mid", "No", "x-ray"};
        AsciiWords words = new AsciiWords(list);
        String alphabet = "aAnNdDcCtTuUhHeEiImMsSoOxX-y \u212A\u00e9.";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(random.nextInt(3) == 0 ? list[random.nextInt(list.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String t = text.toString();
            for (int at = 0; at < t.length(); at++) {
                // when a start is checked
                boolean expected = false;
                for (String word : list) {
                    expected |= asciiCaseBlindAt(t, at, word);
                }
                // then it is found exactly where one word matches without ASCII case
                assertThat(words.startAt(t, at)).as("[%s] at %d", t, at).isEqualTo(expected);
            }
        }
    }

    /** The reference: each char equal, or both ASCII letters equal without case. */
    private static boolean asciiCaseBlindAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            char w = word.charAt(i);
            boolean letters = (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && (w >= 'a' && w <= 'z' || w >= 'A' && w <= 'Z');
            if (c != w && !(letters && (c | 0x20) == (w | 0x20))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void asciiLettersAreExactlyAToZInBothCases() {
        // given / when / then: the bounds are letters, their neighbours and non-ASCII letters are not
        assertThat(AsciiWords.isAsciiLetter('a')).isTrue();
        assertThat(AsciiWords.isAsciiLetter('z')).isTrue();
        assertThat(AsciiWords.isAsciiLetter('A')).isTrue();
        assertThat(AsciiWords.isAsciiLetter('Z')).isTrue();
        assertThat(AsciiWords.isAsciiLetter('@')).isFalse();
        assertThat(AsciiWords.isAsciiLetter('[')).isFalse();
        assertThat(AsciiWords.isAsciiLetter('`')).isFalse();
        assertThat(AsciiWords.isAsciiLetter('{')).isFalse();
        assertThat(AsciiWords.isAsciiLetter('é')).isFalse();
        assertThat(AsciiWords.isAsciiLetter('1')).isFalse();
    }
}
