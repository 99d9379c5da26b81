package org.eventtimeline.extract;

import org.eventtimeline.domain.Place;

/** A place named in a sentence (offsets relative to the sentence text) with a score in [0, 1] for its cue strength. */
public record PlaceMention(int sentence, int start, int end, String text, Place place, double score) {
}
