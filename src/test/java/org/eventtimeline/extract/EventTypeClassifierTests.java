package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.eventtimeline.domain.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTypeClassifierTests {

    private static EventType strongest(String sentence) {
        Document document = Document.of(sentence, LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);
        new EventTypeClassifier().annotate(document);
        return document.types().stream().max((a, b) -> Double.compare(a.score(), b.score()))
                .map(TypeMention::type).orElse(EventType.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A fire caused by a burst gas pipe spread to several homes.|DISASTER",
            "Gunmen opened fire on a crowded market in the north.|ATTACK",
            "A car bomb exploded outside the ministry.|EXPLOSION",
            "Armed men kidnapped 20 schoolgirls from their dormitory.|ABDUCTION",
            "Police arrested 40 protesters in the capital.|ARREST",
            "Thousands of protesters marched through the city centre.|PROTEST",
            "Japan unveiled a plan to evacuate around 120,000 residents.|EVACUATION",
            "The two navies held joint exercises in the Pacific.|MILITARY",
            "The governing body said it canceled the match.|CANCELLATION",
            "The two leaders met in Geneva for talks.|MEETING",
            "The rivals signed a ceasefire agreement.|AGREEMENT",
            "Vance accused Denmark of neglecting the island.|THREAT",
            "The ministry said the figures were accurate.|STATEMENT",
            "Flooding swept away dozens of homes.|DISASTER"})
    void cuesTheTypeOfEventWordsAcrossWordings(String sentence, EventType expected) {
        // given a sentence in news style, when classified, then its strongest cue names the type
        assertThat(strongest(sentence)).isEqualTo(expected);
    }

    @Test
    void aSentenceWithoutCuesHasNoTypeMention() {
        // given
        Document document = Document.of("Japan and South Korea together host about 80,000 US troops.",
                LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);

        // when
        new EventTypeClassifier().annotate(document);

        // then "troops" is a military cue: the classifier reports it, but nothing violent
        assertThat(document.types()).extracting(TypeMention::type).containsExactly(EventType.MILITARY);
    }

    @Test
    void violenceOutranksTheStatementThatReportsIt() {
        // given
        String sentence = "The mission said gangs attacked a group of officers.";

        // when
        EventType type = strongest(sentence);

        // then
        assertThat(type).isEqualTo(EventType.ATTACK);
    }
}
