package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountMemoTests {

    @Test
    void countsAPhraseOnceAndGivesTheSameFigureAgain() {
        // given an empty memo
        CountMemo memo = new CountMemo();
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
    void startsAfreshWhenFull() {
        // given a memo holding as many phrases as it may
        CountMemo memo = new CountMemo();
        for (int i = 0; i < CountMemo.CAPACITY; i++) {
            memo.count(i + " people");
        }
        // when one more phrase is counted
        Figure figure = memo.count("a man");
        // then only that phrase is remembered
        assertThat(figure).isEqualTo(new Figure(1, false));
        assertThat(memo.size()).isEqualTo(1);
    }
}
