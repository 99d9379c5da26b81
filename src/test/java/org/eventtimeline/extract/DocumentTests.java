package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DocumentTests {

    @Test
    void foldsEachSentenceOnceAndKeepsIt() {
        // given a split document of two sentences
        Document document = Document.of("Police ARRESTED two men. The ſtorm hit Kyiv.", LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);

        // when
        String first = document.folded(document.sentence(0));
        String second = document.folded(document.sentence(1));

        // then
        assertThat(first).isEqualTo("police arrested two men.");
        assertThat(second).isEqualTo("the storm hit kyiv.");
        assertThat(document.folded(document.sentence(0))).isSameAs(first);
    }

    @Test
    void foldsAgainASentenceWhoseTextIsNotTheOneKept() {
        // given a document whose sentence list is filled by hand after a split
        Document document = Document.of("Floods hit Bamako.", LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);
        document.sentences().clear();
        document.sentences().add(new Sentence(0, 0, 0, 11, "Fire in ROME", Tense.PRESENT));

        // when / then
        assertThat(document.folded(document.sentence(0))).isEqualTo("fire in rome");
    }
}
