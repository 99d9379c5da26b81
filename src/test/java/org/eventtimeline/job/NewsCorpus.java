package org.eventtimeline.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a deterministic text input of varied, numbered news paragraphs (one per line) for the fault tests. */
final class NewsCorpus {

    private static final List<String> CITIES = List.of("Chicago, Illinois", "Houston, Texas", "Lagos, Nigeria",
            "Kabul, Afghanistan", "Manila, the Philippines", "Denver, Colorado", "Karachi, Pakistan",
            "Nairobi, Kenya", "Memphis, Tennessee", "Baghdad, Iraq");
    private static final List<String> MONTHS = List.of("January", "February", "March");
    private static final List<String> TEMPLATES = List.of(
            "Gunmen killed %d people and wounded %d others at a market in %s on %s %d, police said (item %d).",
            "A car bomb exploded near a checkpoint in %3$s on %4$s %5$d, killing %1$d soldiers and wounding %2$d"
                    + " civilians, the army said (dispatch %6$d).",
            "At least %d people were killed and %d injured when a bus overturned outside %s on %s %d, officials said"
                    + " (report %d).",
            "Police in %3$s arrested %1$d suspects on %4$s %5$d after a protest turned violent; %2$d officers were"
                    + " hurt, a spokesman said (note %6$d).",
            "Floods swept through %3$s on %4$s %5$d, leaving %1$d people dead and %2$d missing, the mayor said"
                    + " (bulletin %6$d).",
            "The city council of %3$s met on %4$s %5$d to discuss the budget; %1$d members voted for it and %2$d"
                    + " against (minutes %6$d).");

    private NewsCorpus() {
    }

    /** Writes {@code paragraphs} lines to {@code file}. */
    static Path write(Path file, int paragraphs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < paragraphs; i++) {
                out.write(paragraph(i));
                out.write('\n');
            }
        }
        return file;
    }

    static String paragraph(int i) {
        String template = TEMPLATES.get(i % TEMPLATES.size());
        return String.format(Locale.ROOT, template, 2 + i % 17, 1 + i % 23, CITIES.get((i / 7) % CITIES.size()),
                MONTHS.get((i / 3) % MONTHS.size()), 1 + i % 27, i);
    }
}
