package org.eventtimeline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.core.env.PropertyResolver;

/**
 * Reads the run's settings ({@code --input=PATH [--reference-date=YYYY-MM-DD] [--output-dir=DIR]}, from the command
 * line or a properties file) and produces them validated; the output directory defaults to
 * {@code reports/<reference-date>/}.
 */
public record RunArguments(Path input, LocalDate referenceDate, Path outputDir) {

    public static RunArguments from(PropertyResolver args, LocalDate today) {
        String input = single(args, "input");
        if (input == null || input.isBlank()) {
            throw new BadArgumentException("missing --input=PATH (a .txt or .jsonl file, or a directory of them)");
        }
        String date = single(args, "reference-date");
        LocalDate referenceDate;
        try {
            referenceDate = date == null ? today : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new BadArgumentException("--reference-date must be a date as YYYY-MM-DD, not '" + date + "'");
        }
        String output = single(args, "output-dir");
        Path outputDir = output == null || output.isBlank()
                ? Path.of("reports", referenceDate.toString()) : Path.of(output);
        return new RunArguments(Path.of(input).toAbsolutePath().normalize(), referenceDate,
                outputDir.toAbsolutePath().normalize());
    }

    private static String single(PropertyResolver args, String name) {
        return args.getProperty(name);
    }
}
