package org.eventtimeline.extract.dates;

import java.time.LocalDate;

import org.eventtimeline.extract.Tense;

/**
 * What a finder reads about one sentence: its text, the document's reference date and the sentence-level tense,
 * which stands in when the clause around a date shows no tense cue of its own.
 */
public record DateContext(String text, LocalDate reference, Tense sentenceTense) {

    private static final ClauseTense CLAUSES = new ClauseTense();

    /** The tense of the clause around {@code [start, end)}: its nearest verb cue, else the sentence tense. */
    public Tense tenseAt(int start, int end) {
        return CLAUSES.tenseAround(text, start, end).orElse(sentenceTense);
    }
}
