package org.eventtimeline.extract;

import org.eventtimeline.domain.DateValue;

/**
 * A date expression found in a sentence ({@code start}/{@code end} relative to the sentence text) with its resolved
 * value. {@code reporting} is true when the date dates a speech act ("said on Tuesday"), not the event itself.
 */
public record DateMention(int sentence, int start, int end, String text, DateValue value, boolean reporting) {
}
