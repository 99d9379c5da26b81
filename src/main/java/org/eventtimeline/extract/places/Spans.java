package org.eventtimeline.extract.places;

import java.util.List;

import org.eventtimeline.extract.PlaceMention;

/** Reads the mentions found so far in a sentence and tells whether a character span is already taken. */
final class Spans {

    private Spans() {
    }

    static boolean overlaps(List<PlaceMention> found, int start, int end) {
        for (PlaceMention m : found) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
