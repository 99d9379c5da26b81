package org.eventtimeline.devset;

/** One disagreement between gold and prediction, kept for debugging: entry id, field, both values. */
public record Mismatch(String id, ScoredField field, String gold, String predicted) {
}
