package org.eventtimeline.extract.dates;

import java.util.List;

/** Reads one sentence's text (with its reference date and tense) and adds the date candidates of one kind. */
public interface DateFinder {

    /** Adds the candidates found in {@code context.text()} to {@code out}. */
    void find(DateContext context, List<DateCandidate> out);
}
