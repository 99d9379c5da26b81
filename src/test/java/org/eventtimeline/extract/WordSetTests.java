package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSetTests {

    private final WordSet words = new WordSet(Set.of("was", "said", "yesterday"));

    @Test
    void findsAWordInPlaceWhateverItsAsciiCase() {
        // given a text whose spans hold "SAID" and "Was"
        String text = "He SAID it Was so";

        // when / then
        assertThat(words.contains(text, 3, 7)).isTrue();
        assertThat(words.contains(text, 11, 14)).isTrue();
        assertThat(words.contains(text, 0, 2)).isFalse();
        assertThat(words.contains(text, 3, 6)).isFalse();
    }

    @Test
    void lowerCasesANonAsciiSpanAsTheRootLocaleDoes() {
        // given "ſaid" with a long s, which upper-cases to S but does not lower-case to s, and a Kelvin-sign word
        WordSet kelvin = new WordSet(Set.of("kin"));

        // when / then
        assertThat(words.contains("ſaid", 0, 4)).isFalse();
        assertThat(kelvin.contains("\u212Ain", 0, 3)).isTrue();
    }

    @Test
    void agreesWithALowerCasedLookupOnRandomSpans() {
        // given words of one to eleven chars and random texts of their letters, in either case, and other chars
        Set<String> list = Set.of("a", "was", "said", "yesterday", "yesterdays", "intentional", "x_y", "it's");
        WordSet set = new WordSet(list);
        String alphabet = "aAsSiIdDwWyYeEtTrRxX_'ſ\u212A ";
        java.util.Random random = new java.util.Random(9);

        // when / then
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(13); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String span = text.toString();
            assertThat(set.contains(" " + span, 1, span.length() + 1)).as(span)
                    .isEqualTo(list.contains(span.toLowerCase(java.util.Locale.ROOT)));
        }
        assertThat(set.contains("SAID", 0, 4)).isTrue();
        assertThat(set.contains("YESTERDAYS", 0, 10)).isTrue();
    }
}
