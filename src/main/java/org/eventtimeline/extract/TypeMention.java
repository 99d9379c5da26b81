package org.eventtimeline.extract;

import org.eventtimeline.domain.EventType;

/** The event type a sentence reports, with the trigger word that cued it and a score in [0, 1]. */
public record TypeMention(int sentence, EventType type, String trigger, double score) {
}
