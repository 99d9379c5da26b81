package org.eventtimeline.extract.assemble;

import java.util.Comparator;
import java.util.Set;

import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.extract.Sentence;
import org.eventtimeline.extract.TypeMention;

/**
 * Reads a paragraph's type mentions and figures and picks one event type: the main sentence's strongest cue, else
 * the paragraph's; abductions, arrests and deaths override a type that only says someone spoke or met, and an
 * attack in which people were only abducted is an abduction.
 */
public final class EventTypeChooser {

    private static final Set<EventType> WEAK = Set.of(EventType.STATEMENT, EventType.OTHER, EventType.MEETING,
            EventType.THREAT);

    public record Choice(EventType type, boolean cued) {
    }

    public Choice choose(ParagraphView view, Sentence main, Casualties casualties) {
        Comparator<TypeMention> order = Comparator.comparingInt((TypeMention t) -> t.sentence() == main.index() ? 0 : 1)
                .thenComparing(Comparator.comparingDouble(TypeMention::score).reversed());
        EventType type = view.types().stream().min(order).map(TypeMention::type).orElse(EventType.OTHER);
        boolean cued = type != EventType.OTHER;
        if (casualties.abducted() != null && casualties.killed() == null && type == EventType.ATTACK) {
            return new Choice(EventType.ABDUCTION, true);
        }
        if (WEAK.contains(type)) {
            if (casualties.abducted() != null) {
                return new Choice(EventType.ABDUCTION, true);
            }
            if (casualties.killed() != null || casualties.injured() != null) {
                return new Choice(EventType.ATTACK, false);
            }
            if (casualties.arrested() != null) {
                return new Choice(EventType.ARREST, true);
            }
        }
        return new Choice(type, cued);
    }
}
