package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.dates.DateContext;
import org.junit.jupiter.api.Test;

/** Tests the matchers kept per pattern across a document's sentences. */
class PatternMatchersTests {

    private static final Pattern YEAR = Pattern.compile("(?<y>\\d{4})");

    @Test
    void oneMatcherPerPatternResetToEachSentence() {
        // given a document's matchers and a matcher left after a match in the first sentence
        PatternMatchers matchers = new PatternMatchers();
        Matcher first = matchers.on(YEAR, "in 2002 and 2003");
        assertThat(first.find()).isTrue();
        first.region(8, 16);
        // when the pattern is asked for the next sentence
        Matcher second = matchers.on(YEAR, "by 1999");
        // then the same matcher comes back, over the new text, with no region or match left
        assertThat(second).isSameAs(first);
        assertThat(second.regionStart()).isZero();
        assertThat(second.regionEnd()).isEqualTo(7);
        assertThat(second.find()).isTrue();
        assertThat(second.group("y")).isEqualTo("1999");
    }

    @Test
    void contextsOfADocumentShareItsMatchers() {
        // given two sentence contexts of one document
        PatternMatchers matchers = new PatternMatchers();
        DateContext a = new DateContext("in 2002", null, null, matchers);
        DateContext b = new DateContext("by 1999", null, null, matchers);
        // when both ask for the pattern's matcher
        Matcher fromA = a.matcher(YEAR);
        Matcher fromB = b.matcher(YEAR);
        // then it is one matcher, reset to the asking sentence
        assertThat(fromB).isSameAs(fromA);
        assertThat(fromB.find()).isTrue();
        assertThat(fromB.group()).isEqualTo("1999");
    }
}
