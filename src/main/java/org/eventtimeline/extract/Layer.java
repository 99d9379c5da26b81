package org.eventtimeline.extract;

/** A kind of annotation an extractor adds to a {@link Document}; used to check the pipeline's declared order. */
public enum Layer {
    SENTENCES, DATES, PLACES, ACTORS, CASUALTIES, EVENT_TYPES, RECORDS
}
