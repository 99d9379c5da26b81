package org.eventtimeline.extract;

/** The grammatical time of a sentence, as far as cheap cues tell; weekdays resolve by it. */
public enum Tense {
    PAST, PRESENT, FUTURE
}
