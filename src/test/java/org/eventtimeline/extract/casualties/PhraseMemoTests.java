package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseMemoTests {

    @Test
    void countsAPhraseOnceAndGivesTheSameFigureAgain() {
        // given an empty memo
        PhraseMemo memo = new PhraseMemo();
        // when the same phrase is counted twice and a vague one once
        Figure first = memo.count("at least five people");
        Figure second = memo.count("at least five people");
        Figure vague = memo.count("dozens of people");
        // then the figures are those NounPhrases gives, and two phrases are remembered
        assertThat(first).isEqualTo(new Figure(5, true)).isEqualTo(second);
        assertThat(vague).isNull();
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void tellsBareNumbersAndSharesAsNounPhrasesDoes() {
        // given an empty memo
        PhraseMemo memo = new PhraseMemo();
        // when phrases are read twice each
        // then a bare number, a share and a counted noun are told apart, the same each time
        for (int i = 0; i < 2; i++) {
            assertThat(memo.isBare("at least 45")).isTrue();
            assertThat(memo.isBare("45 people")).isFalse();
            assertThat(memo.isShare("one of the")).isTrue();
            assertThat(memo.isShare("one man")).isFalse();
        }
        assertThat(memo.size()).isEqualTo(4);
    }

    @Test
    void startsAfreshWhenFull() {
        // given a memo holding as many phrases as it may
        PhraseMemo memo = new PhraseMemo();
        for (int i = 0; i < PhraseMemo.CAPACITY; i++) {
            memo.count(i + " people");
        }
        // when one more phrase is counted
        Figure figure = memo.count("a man");
        // then only that phrase is remembered
        assertThat(figure).isEqualTo(new Figure(1, false));
        assertThat(memo.size()).isEqualTo(1);
    }
}
