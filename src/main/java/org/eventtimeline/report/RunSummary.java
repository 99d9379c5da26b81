package org.eventtimeline.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a run did, for the report's Summary sheet: its input files, the reference date relative dates resolved
 * against, when it started and ended (null while still running), item counts and the program version.
 */
public record RunSummary(List<String> inputFiles, LocalDate referenceDate, LocalDateTime startedAt,
                         LocalDateTime finishedAt, long itemsRead, long eventsWritten, long itemsSkipped,
                         String programVersion) {

    public RunSummary {
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
    }
}
