package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CumulativeReportTaskletTests {

    private static final Path RUN_OUTPUT = Path.of("/data/reports/2025-03-29");

    @Test
    void byDefaultTheCumulativeReportsGoToTheParentOfTheRunsOutput() {
        // given no setting
        // when
        Path dir = CumulativeReportTasklet.cumulativeDir(null, RUN_OUTPUT);

        // then
        assertThat(dir).isEqualTo(Path.of("/data/reports"));
    }

    @Test
    void aRelativeOutputDirectoryStillHasAParent() {
        // given a run writing into a directory named relative to the working directory
        // when
        Path dir = CumulativeReportTasklet.cumulativeDir(null, Path.of("out"));

        // then the working directory
        assertThat(dir).isEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void theSettingNamesTheDirectory() {
        // given a configured directory
        // when
        Path dir = CumulativeReportTasklet.cumulativeDir("/srv/timeline/all", RUN_OUTPUT);

        // then
        assertThat(dir).isEqualTo(Path.of("/srv/timeline/all"));
    }

    @Test
    void anEmptySettingDisablesTheCumulativeReports() {
        // given an empty or blank setting
        // when / then
        assertThat(CumulativeReportTasklet.cumulativeDir("", RUN_OUTPUT)).isNull();
        assertThat(CumulativeReportTasklet.cumulativeDir("  ", RUN_OUTPUT)).isNull();
    }
}
