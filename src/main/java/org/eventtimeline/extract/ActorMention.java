package org.eventtimeline.extract;

import org.eventtimeline.domain.Actor;

/** An actor named in a sentence (offsets relative to the sentence text) with a score in [0, 1]. */
public record ActorMention(int sentence, int start, int end, String text, Actor actor, double score) {
}
