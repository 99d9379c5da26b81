package org.eventtimeline.extract.assemble;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.Sentence;

/**
 * Reads a paragraph's date mentions and picks the event's date: the main sentence's own event date, else another
 * event date of the paragraph, else the date of the report ("said on Tuesday"); empty when the text has none.
 */
public final class EventDateSelector {

    public Optional<DateMention> select(ParagraphView view, Sentence main) {
        List<DateMention> dates = view.dates();
        Comparator<DateMention> order = Comparator.comparingInt((DateMention d) -> d.sentence() == main.index() ? 0 : 1)
                .thenComparingInt(DateMention::sentence)
                .thenComparingInt(DateMention::start);
        Optional<DateMention> event = dates.stream().filter(d -> !d.reporting()).min(order);
        if (event.isPresent()) {
            return event;
        }
        return dates.stream().min(order);
    }
}
