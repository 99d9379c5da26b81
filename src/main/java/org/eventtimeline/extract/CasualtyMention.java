package org.eventtimeline.extract;

/**
 * A casualty figure found in a sentence: its kind, its count, whether the text gives it as a lower bound
 * ("more than 100"), whether the text reports it as unconfirmed, and the words it came from (offsets relative to
 * the sentence text).
 */
public record CasualtyMention(int sentence, int start, int end, String text, CasualtyKind kind, int count,
                              boolean lowerBound, boolean unconfirmed) {
}
