package org.eventtimeline.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AsciiKeyTableTests {

    private final AsciiKeyTable<String> table = new AsciiKeyTable<>(Map.of("bamako", "Mali", "st. louis", "United States",
            "kabul", "Afghanistan", "zürich", "Switzerland"));

    @Test
    void findsAValueBySpanInAnyAsciiCase() {
        // given a text holding two keys in other cases
        String text = "In BAMAKO and St. Louis";

        // when / then
        assertThat(table.get(text, 3, 9)).isEqualTo("Mali");
        assertThat(table.get(text, 14, 23)).isEqualTo("United States");
        assertThat(table.get(text, 0, 2)).isNull();
        assertThat(table.get(text, 3, 8)).isNull();
    }

    @Test
    void agreesWithTheMapOnRandomSpans() {
        // given many keys that share letters, and random spans over the same letters in either case
        Map<String, Integer> byKey = new HashMap<>();
        Random random = new Random(3);
        for (int k = 0; k < 3000; k++) {
            byKey.putIfAbsent(word(random, "abc. "), k);
        }
        AsciiKeyTable<Integer> numbers = new AsciiKeyTable<>(byKey);

        // when / then
        for (int t = 0; t < 20000; t++) {
            String span = word(random, "aAbBcC. ");
            String text = "x" + span + "y";
            assertThat(numbers.get(text, 1, span.length() + 1)).as(span)
                    .isEqualTo(byKey.get(span.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void tellsAnAsciiSpan() {
        // given / when / then
        assertThat(AsciiKeyTable.isAscii("Zürich", 0, 1)).isTrue();
        assertThat(AsciiKeyTable.isAscii("Zürich", 0, 3)).isFalse();
    }

    private static String word(Random random, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int n = 1 + random.nextInt(7); n > 0; n--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
