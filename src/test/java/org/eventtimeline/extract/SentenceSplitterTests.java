package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Paragraph;
import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        Document document = Document.of(text, LocalDate.of(2025, 3, 29));
        splitter.annotate(document);
        return document.sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAfterFullStopsButNotAfterInitialsOrTitles() {
        // given a paragraph with initials, a title abbreviation and two sentences
        String text = "US Vice President J.D. Vance on Friday accused Denmark. Dr. Jane Smith said it was fine.";

        // when
        List<String> sentences = split(text);

        // then
        assertThat(sentences).containsExactly("US Vice President J.D. Vance on Friday accused Denmark.",
                "Dr. Jane Smith said it was fine.");
    }

    @Test
    void splitsAfterClosingQuotesAndKeepsThemWithTheSentence() {
        // given
        String text = "He said it was “crucial.” She said there would be no breakthrough.";

        // when
        List<String> sentences = split(text);

        // then
        assertThat(sentences).containsExactly("He said it was “crucial.”", "She said there would be no breakthrough.");
    }

    @Test
    void doesNotSplitInsideUsAbbreviationOrDecimalNumbers() {
        // given
        String text = "The U.S. military said 2.5 million people live there. Officials agreed.";

        // when
        List<String> sentences = split(text);

        // then
        assertThat(sentences).containsExactly("The U.S. military said 2.5 million people live there.",
                "Officials agreed.");
    }

    @Test
    void keepsAnApStateAbbreviationOfADatelineInsideItsSentence() {
        // given
        String text = "EXETER, Calif. (KFSN) -- A man was shot and killed. He was 24. Doctors were ill. Later they left.";

        // when
        List<String> sentences = split(text);

        // then "Calif." after "Town, " is an abbreviation; "ill." elsewhere ends its sentence
        assertThat(sentences).containsExactly("EXETER, Calif. (KFSN) -- A man was shot and killed.", "He was 24.",
                "Doctors were ill.", "Later they left.");
    }

    @Test
    void recordsParagraphAndDocumentOffsetsOfEachSentence() {
        // given an article of two paragraphs
        Article article = new Article("a.jsonl", "x", 1, LocalDate.of(2025, 3, 29), null,
                List.of(new Paragraph(0, 1, "First one. Second one."), new Paragraph(1, 1, "Third one.")));
        Document document = new Document(article);

        // when
        splitter.annotate(document);

        // then
        assertThat(document.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        Sentence third = document.sentence(2);
        assertThat(document.text().substring(third.start(), third.end())).isEqualTo("Third one.");
    }

    @Test
    void givesEachSentenceItsTense() {
        // given
        String text = "The minister will visit Paris on Friday. The minister visited Rome on Friday.";

        // when
        Document document = Document.of(text, LocalDate.of(2025, 3, 29));
        splitter.annotate(document);

        // then
        assertThat(document.sentences()).extracting(Sentence::tense).containsExactly(Tense.FUTURE, Tense.PAST);
    }

    @Test
    void readsTheWordBeforeAPeriodAcrossAccentsAndAfterALongWord() {
        // given an accented title-like word, an initial after a long word and a sentence ending in a digit
        String text = "Señor Gómez Jr. Said nothing. Representatives met A. Smith. Casualties rose to 12. Talks went on.";

        // when
        List<String> sentences = split(text);

        // then
        assertThat(sentences).containsExactly("Señor Gómez Jr. Said nothing.", "Representatives met A. Smith.",
                "Casualties rose to 12.", "Talks went on.");
    }
}
