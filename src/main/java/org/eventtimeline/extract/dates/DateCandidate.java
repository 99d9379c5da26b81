package org.eventtimeline.extract.dates;

import org.eventtimeline.domain.DateValue;

/** A date expression a finder proposes: its span in the sentence text and its resolved value. */
public record DateCandidate(int start, int end, DateValue value) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(DateCandidate other) {
        return start < other.end && other.start < end;
    }
}
