package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Tests the month-name offsets found by hand against the month pattern itself. */
class MonthNamesTests {

    @Test
    void findsNamesAndAbbreviationsNotFollowedByALetter() {
        // given a sentence with full names, abbreviations with and without periods, and look-alikes
        String text = "On March 5, Jan. 3, Sept 9 and Mar 2; Mayor Junes Dec.x Decx Jul.";
        // when the offsets are listed
        // then "Mar" without its period, "Mayor" and "Junes" are left out; "Dec.x" still holds "Dec"
        assertThat(MonthNames.positions(text)).containsExactly(3, 12, 20, 50, 61);
    }

    @Test
    void agreesWithThePatternOnRandomTexts() {
        // given random texts of month pieces, periods, letters (also outside ASCII and outside the BMP) and spaces
        String[] parts = {"Jan", "June", "Jun", "Mar", "March", "May", "Sept", "Sep", "Dec", "Aug", ".", ".", " ", "x",
            "é", "1", "\uD835\uDC00", "\uD83D\uDE00", "ember", "ust"};
        Pattern month = Pattern.compile(MonthNames.PATTERN);
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            // when both list the offsets
            List<Integer> expected = new ArrayList<>();
            Matcher m = month.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < t.length(); i++) {
                if (m.region(i, t.length()).lookingAt()) {
                    expected.add(i);
                }
            }
            // then they agree
            assertThat(MonthNames.positions(t)).as("[%s]", t)
                    .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
