package org.eventtimeline.domain;

/** An input item the job skipped, with where it was and why. */
public record SkippedItem(String source, int line, String reason) {
}
