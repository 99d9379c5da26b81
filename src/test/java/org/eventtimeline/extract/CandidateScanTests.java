package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CandidateScanTests {

    private static final Pattern AGO = Pattern.compile("(?i)(?<!USA\\s)\\b(?:\\d{1,3}|two|an?)\\s+days?\\s+ago\\b");

    @Test
    void givesFindsMatchesTryingOnlyTheOffsetsThatPass() {
        // given a text with three matches, one after "USA "
        String text = "Two days ago, 3 days ago and USA 2 days ago, an day ago";
        AsciiWords words = new AsciiWords("two", "a");

        // when
        CandidateScan scan = new CandidateScan(AGO, text, s -> Character.isDigit(text.charAt(s))
                || words.startAt(text, s));
        List<String> found = new ArrayList<>();
        while (scan.find()) {
            found.add(scan.matcher().group());
        }

        // then
        assertThat(found).containsExactly("Two days ago", "3 days ago", "an day ago").isEqualTo(byFind(text));
    }

    private static List<String> byFind(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = AGO.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
