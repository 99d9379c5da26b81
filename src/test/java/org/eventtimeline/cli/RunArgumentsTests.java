package org.eventtimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class RunArgumentsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static RunArguments parse(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return RunArguments.from(environment, TODAY);
    }

    @Test
    void defaultsTheReferenceDateToTodayAndTheOutputToReportsOfThatDate() {
        // when
        RunArguments arguments = parse("--input=seeds/x.txt");

        // then
        assertThat(arguments.referenceDate()).isEqualTo(TODAY);
        assertThat(arguments.outputDir()).isEqualTo(Path.of("reports", "2026-11-28").toAbsolutePath());
        assertThat(arguments.input()).isEqualTo(Path.of("seeds/x.txt").toAbsolutePath());
    }

    @Test
    void takesAnExplicitDateAndOutputDirectory() {
        // when
        RunArguments arguments = parse("--input=x.txt", "--reference-date=2025-03-29", "--output-dir=/tmp/out");

        // then
        assertThat(arguments.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(arguments.outputDir()).isEqualTo(Path.of("/tmp/out"));
    }

    @Test
    void rejectsAMissingInputAndAMalformedDateInOneLine() {
        assertThatThrownBy(() -> parse("--reference-date=2025-03-29")).isInstanceOf(BadArgumentException.class)
                .hasMessageStartingWith("missing --input=PATH");
        assertThatThrownBy(() -> parse("--input=x.txt", "--reference-date=29/03/2025"))
                .hasMessage("--reference-date must be a date as YYYY-MM-DD, not '29/03/2025'");
    }
}
