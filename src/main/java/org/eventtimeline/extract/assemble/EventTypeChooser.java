package org.eventtimeline.extract.assemble;

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

    /** The main sentence's mentions first, then the higher score. */
    private static int compare(TypeMention a, TypeMention b, Sentence main) {
        int c = Integer.compare(a.sentence() == main.index() ? 0 : 1, b.sentence() == main.index() ? 0 : 1);
        return c != 0 ? c : Double.compare(b.score(), a.score());
    }

    public Choice choose(ParagraphView view, Sentence main, Casualties casualties) {
        TypeMention best = null;
        for (TypeMention t : view.types()) { // the first least, as Stream.min keeps it
            if (best == null || compare(t, best, main) < 0) {
                best = t;
            }
        }
        EventType type = best == null ? EventType.OTHER : best.type();
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
