package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.opencsv.CSVReader;
import org.eventtimeline.store.JsonStaging;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The whole application, in this JVM, on a data directory whose staged events an earlier version wrote as JSON text:
 * the next run moves them to bytes and its cumulative report still merges them with its own.
 */
class DataDirectoryOfBeforeFunctionalTests {

    private static final String SHARED = "A gunman killed three people at a shopping mall in Chicago, Illinois, on "
            + "March 28, 2025, police said.";
    private static final String FIRST_ONLY = "Thousands of farmers protested in Paris on March 27, 2025, against "
            + "new fuel taxes, the police said.";
    private static final String SECOND_ONLY = "A fire at a chemical plant in Houston, Texas, injured twelve workers "
            + "on March 30, 2025, officials said.";

    @TempDir
    Path work;

    @BeforeAll
    static void fixLocaleAndZone() {
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @Test
    void aNightStagedAsJsonIsMovedToBytesAndMergedInTheCumulativeReport() throws Exception {
        // given a data directory holding the first night staged as JSON text, as before staging held bytes
        Path reports = work.resolve("reports");
        Path data = work.resolve("data");
        Path first = Files.writeString(work.resolve("night-1.txt"), SHARED + "\n\n" + FIRST_ONLY + "\n");
        assertThat(run(first, "2025-03-29", reports, data).exitCode()).isZero();
        SingleConnectionDataSource database = open(data);
        JsonStaging.revert(new JdbcTemplate(database));
        assertThat(JsonStaging.payloadType(new JdbcTemplate(database))).isEqualTo("CHARACTER VARYING");
        database.destroy();

        // when the second night runs on it
        Path second = Files.writeString(work.resolve("night-2.txt"), SECOND_ONLY + "\n\n" + SHARED + "\n");
        InProcessRun result = run(second, "2025-03-31", reports, data);

        // then it completed with its own two events
        assertThat(result.exitCode()).isZero();
        assertThat(readCsv(reports.resolve("2025-03-31").resolve("events.csv"))).extracting(r -> r.get("source"))
                .containsExactly("night-2.txt", "night-2.txt");
        // and the cumulative report holds three events in date order, the shooting once, listing both files
        List<Map<String, String>> all = readCsv(reports.resolve("events.csv"));
        assertThat(all).extracting(r -> r.get("event_date"))
                .containsExactly("2025-03-27", "2025-03-28", "2025-03-30");
        assertThat(all).extracting(r -> r.get("source"))
                .containsExactly("night-1.txt", "night-1.txt; night-2.txt", "night-2.txt");
        assertThat(all.get(0).get("locations")).startsWith("Paris");
        assertThat(all.get(1).get("evidence")).contains("A gunman killed three people");
        // and the data directory's four staged events are bytes now
        database = open(data);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(JsonStaging.payloadType(jdbc)).isEqualTo("VARBINARY");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staged_event", Integer.class)).isEqualTo(4);
        database.destroy();
    }

    private static InProcessRun run(Path input, String night, Path reports, Path data) {
        return InProcessRun.of("--input=" + input, "--reference-date=" + night,
                "--output-dir=" + reports.resolve(night), "--event-timeline.data-dir=" + data);
    }

    /** The data directory's database, on one connection that shuts it down when destroyed. */
    private static SingleConnectionDataSource open(Path data) throws Exception {
        return new SingleConnectionDataSource("jdbc:hsqldb:file:" + data.resolve("timeline")
                + ";shutdown=true;ifexists=true;hsqldb.tx=mvcc", "SA", "", true);
    }

    private static List<Map<String, String>> readCsv(Path csv) throws Exception {
        try (CSVReader reader = new CSVReader(new InputStreamReader(Files.newInputStream(csv),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.readAll();
            String[] header = rows.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            return rows.subList(1, rows.size()).stream().map(row -> {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    cells.put(header[i], row[i]);
                }
                return cells;
            }).toList();
        }
    }
}
