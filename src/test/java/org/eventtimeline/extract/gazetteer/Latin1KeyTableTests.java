package org.eventtimeline.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Latin1KeyTableTests {

    private final Latin1KeyTable<String> table = new Latin1KeyTable<>(Map.of("bamako", "Mali", "st. louis", "United States",
            "kabul", "Afghanistan", "zürich", "Switzerland"));

    @Test
    void findsAValueBySpanInAnyCase() {
        // given a text holding two keys in other cases
        String text = "In BAMAKO and St. Louis";

        // when / then
        assertThat(table.get(text, 3, 9)).isEqualTo("Mali");
        assertThat(table.get(text, 14, 23)).isEqualTo("United States");
        assertThat(table.get(text, 0, 2)).isNull();
        assertThat(table.get(text, 3, 8)).isNull();
        assertThat(table.get("ZÜRICH", 0, 6)).isEqualTo("Switzerland");
    }

    @Test
    void agreesWithTheMapOnRandomSpans() {
        // given many keys that share letters, and random spans over the same letters in either case
        Map<String, Integer> byKey = new HashMap<>();
        Random random = new Random(3);
        for (int k = 0; k < 3000; k++) {
            byKey.putIfAbsent(word(random, "abcé. "), k);
        }
        Latin1KeyTable<Integer> numbers = new Latin1KeyTable<>(byKey);

        // when / then
        for (int t = 0; t < 20000; t++) {
            String span = word(random, "aAbBcCéÉ. ");
            String text = "x" + span + "y";
            assertThat(numbers.get(text, 1, span.length() + 1)).as(span)
                    .isEqualTo(byKey.get(span.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void tellsALatin1Span() {
        // given / when / then
        assertThat(Latin1KeyTable.isLatin1("Zürich", 0, 6)).isTrue();
        assertThat(Latin1KeyTable.isLatin1("Malaysia’s", 0, 10)).isFalse();
    }

    private static String word(Random random, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int n = 1 + random.nextInt(7); n > 0; n--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    @Test
    void lowerCasesEveryLatin1CharAsTheRootLocaleDoes() {
        // given every char below 256
        for (char c = 0; c < 256; c++) {
            // when the char is the whole key
            Latin1KeyTable<String> one = new Latin1KeyTable<>(Map.of(String.valueOf(c).toLowerCase(Locale.ROOT), "x"));

            // then the span of that char finds it
            assertThat(one.get(String.valueOf(c), 0, 1)).as("char %d", (int) c).isEqualTo("x");
        }
    }
}
