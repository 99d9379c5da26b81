package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RuleMatchTests {

    private static final Pattern RULE = Pattern.compile("(?<who>\\d+ people)(?<mid> were)\\s+(?<verb>killed)");
    private static final Pattern TAIL = Pattern.compile("(?<mid> were)\\s+(?<verb>killed)");
    private static final String SENTENCE = "Police said 12 people were killed.";

    @Test
    void readsTheWholePatternsMatch() {
        // given the rule's own matcher, which matched
        Matcher whole = RULE.matcher(SENTENCE);
        assertThat(whole.find()).isTrue();
        RuleMatch match = new RuleMatch();
        // when the match is read through it
        match.whole(SENTENCE, whole);
        // then span and groups are the matcher's
        assertThat(match.start()).isEqualTo(12);
        assertThat(match.end()).isEqualTo(33);
        assertThat(match.group()).isEqualTo("12 people were killed");
        assertThat(match.group("who")).isEqualTo("12 people");
        assertThat(match.start("who")).isEqualTo(12);
        assertThat(match.end("who")).isEqualTo(21);
        assertThat(match.group("verb")).isEqualTo("killed");
    }

    @Test
    void readsPeopleAndTailAsOneMatch() {
        // given people at [12, 21) and a tail matcher that matched right after them
        Matcher tail = TAIL.matcher(SENTENCE).region(21, SENTENCE.length());
        assertThat(tail.lookingAt()).isTrue();
        RuleMatch match = new RuleMatch();
        // when the match is read through them
        match.peopleAndTail(SENTENCE, 12, 21, tail);
        // then it reads as the whole pattern's match would
        assertThat(match.start()).isEqualTo(12);
        assertThat(match.end()).isEqualTo(33);
        assertThat(match.group()).isEqualTo("12 people were killed");
        assertThat(match.group("who")).isEqualTo("12 people");
        assertThat(match.start("who")).isEqualTo(12);
        assertThat(match.end("who")).isEqualTo(21);
        assertThat(match.group("mid")).isEqualTo(" were");
        assertThat(match.start("verb")).isEqualTo(27);
        assertThat(match.group("verb")).isEqualTo("killed");
    }
}
