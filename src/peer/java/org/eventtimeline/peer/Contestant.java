package org.eventtimeline.peer;

import java.util.List;

/** One system under test: reads the benchmark paragraphs and produces a count of what it found (kept live). */
interface Contestant {

    /** Short name used in the report. */
    String name();

    /** Processes every paragraph once, on the calling thread, and returns a count of annotations or records. */
    long run(List<String> paragraphs);

    /** One line describing what the last {@link #run} found, printed once so a reader can see real work was done. */
    String describeLastRun();
}
