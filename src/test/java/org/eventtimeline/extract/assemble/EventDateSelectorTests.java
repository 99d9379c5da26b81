package org.eventtimeline.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.eventtimeline.domain.DateValue;
import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.Document;
import org.eventtimeline.extract.SentenceSplitter;
import org.junit.jupiter.api.Test;

class EventDateSelectorTests {

    private final EventDateSelector selector = new EventDateSelector();

    private static ParagraphView view(Document document) {
        new SentenceSplitter().annotate(document);
        return new ParagraphView(document, 0, document.sentences());
    }

    @Test
    void aYearThatOnlySpansTheReportDayYieldsToIt() {
        // given "The UN said on Monday that two million had been displaced since the start of the year."
        Document document = Document.of("The UN said on Monday that two million had been displaced since the start "
                + "of the year.", LocalDate.of(2024, 9, 9));
        document.dates().add(new DateMention(0, 12, 21, "on Monday", DateValue.day(LocalDate.of(2024, 9, 9)), true));
        document.dates().add(new DateMention(0, 70, 87, "the start of the year", DateValue.year(2024), false));
        ParagraphView view = view(document);

        // when / then
        assertThat(selector.select(view, document.sentence(0))).get().extracting(DateMention::text)
                .isEqualTo("on Monday");
    }

    @Test
    void anOlderEventDateStaysEvenWithAReportDate() {
        // given "North Korea acknowledged in 2002 ..., officials said on Monday."
        Document document = Document.of("North Korea acknowledged in 2002 the kidnappings, officials said on Monday.",
                LocalDate.of(2025, 3, 29));
        document.dates().add(new DateMention(0, 28, 32, "2002", DateValue.year(2002), false));
        document.dates().add(new DateMention(0, 65, 74, "on Monday", DateValue.day(LocalDate.of(2025, 3, 24)), true));
        ParagraphView view = view(document);

        // when / then
        assertThat(selector.select(view, document.sentence(0))).get().extracting(DateMention::text).isEqualTo("2002");
    }

    @Test
    void aDayInsideAWeekRangeIsTheMoreSpecificEventDate() {
        // given "Three concerts this week were canceled on Wednesday."
        Document document = Document.of("Three concerts this week were canceled on Wednesday.", LocalDate.of(2024, 8, 8));
        document.dates().add(new DateMention(0, 15, 24, "this week",
                DateValue.day(LocalDate.of(2024, 8, 5)).withEnd(LocalDate.of(2024, 8, 8)), false));
        document.dates().add(new DateMention(0, 39, 51, "on Wednesday", DateValue.day(LocalDate.of(2024, 8, 7)), false));
        ParagraphView view = view(document);

        // when / then
        assertThat(selector.select(view, document.sentence(0))).get().extracting(DateMention::text)
                .isEqualTo("on Wednesday");
    }
}
