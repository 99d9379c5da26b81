package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoDecimalsTests {

    @ParameterizedTest
    @CsvSource({"0.9, 0.90", "1.0, 1.00", "0.125, 0.13", "1.005, 1.01", "0.0, 0.00", "-0.0, -0.00",
        "-0.004, -0.00", "12345.678, 12345.68", "1e20, 100000000000000000000.00"})
    void aNumberHasTwoDecimalsAndADot(double value, String text) {
        // given a confidence-like number
        // when it is formatted, twice (the second comes from the cache)
        String first = TwoDecimals.format(value);
        String second = TwoDecimals.format(value);
        // then both are the two-decimal text String.format gives
        assertThat(first).isEqualTo(text).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        assertThat(second).isEqualTo(text);
    }

    @Test
    void valuesSharingACacheSlotEachKeepTheirOwnText() {
        // given 5,000 seeded random values, many more than the cache's 64 slots, each formatted twice in turn
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            double a = random.nextDouble() * 100;
            double b = random.nextInt(101) / 100.0;
            // when formatted alternately / then each is what String.format gives
            assertThat(TwoDecimals.format(a)).isEqualTo(String.format(Locale.ROOT, "%.2f", a));
            assertThat(TwoDecimals.format(b)).isEqualTo(String.format(Locale.ROOT, "%.2f", b));
            assertThat(TwoDecimals.format(a)).isEqualTo(String.format(Locale.ROOT, "%.2f", a));
        }
    }
}
