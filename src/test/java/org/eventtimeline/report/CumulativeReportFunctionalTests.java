package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.cli.RunIdentity;
import org.eventtimeline.job.JobParameterNames;
import org.eventtimeline.read.InputDiscovery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nightly runs with one shared story: reports/ holds the union of both, the shared event once. */
@SpringBatchTest
@SpringBootTest(properties = {
        "event-timeline.command.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:cumulative-ft",
        "event-timeline.data-dir=" + CumulativeReportFunctionalTests.DATA_DIR})
class CumulativeReportFunctionalTests {

    /** Where the report steps sort (the database itself is in memory). */
    static final String DATA_DIR = "target/cumulative-ft-data";

    private static final String SHARED = "A gunman killed three people at a shopping mall in Chicago, Illinois, on "
            + "March 28, 2025, police said.";
    private static final String FIRST_ONLY = "Thousands of farmers protested in Paris on March 27, 2025, against "
            + "new fuel taxes, the police said.";
    private static final String SECOND_ONLY = "A fire at a chemical plant in Houston, Texas, injured twelve workers "
            + "on March 30, 2025, officials said.";

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    @Qualifier("timelineJob")
    private Job timelineJob;

    @Autowired
    @Qualifier("reportJob")
    private Job reportJob;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path root;

    @BeforeAll
    static void fixLocaleAndZone() {
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @BeforeEach
    void emptyStaging() {
        jdbc.update("DELETE FROM staged_event");
        jdbc.update("DELETE FROM skipped_item");
    }

    @AfterEach
    void cleanUp() {
        jobRepositoryTestUtils.removeJobExecutions();
    }

    @Test
    void twoRunsGiveTheUnionWithTheSharedEventMergedAndLeaveEachRunsFilesAlone() throws Exception {
        // given two nights' inputs that share the Chicago shooting
        Path first = write("night-1.txt", SHARED + "\n\n" + FIRST_ONLY + "\n");
        Path second = write("night-2.txt", SECOND_ONLY + "\n\n" + SHARED + "\n");
        Path reports = root.resolve("reports");
        JobParameters firstRun = parameters(first, LocalDate.of(2025, 3, 29), reports.resolve("2025-03-29"));
        JobParameters secondRun = parameters(second, LocalDate.of(2025, 3, 31), reports.resolve("2025-03-31"));
        jobOperatorTestUtils.setJob(timelineJob);

        // when both run, one night after the other
        JobExecution one = jobOperatorTestUtils.startJob(firstRun);
        byte[] firstCsv = Files.readAllBytes(reports.resolve("2025-03-29").resolve("events.csv"));
        List<Map<String, String>> afterFirst = readCsv(reports.resolve("events.csv"));
        JobExecution two = jobOperatorTestUtils.startJob(secondRun);

        // then both completed, each with its own two events
        assertThat(one.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(two.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readCsv(reports.resolve("2025-03-29").resolve("events.csv")))
                .extracting(r -> r.get("source")).containsExactly("night-1.txt", "night-1.txt");
        assertThat(readCsv(reports.resolve("2025-03-31").resolve("events.csv")))
                .extracting(r -> r.get("source")).containsExactly("night-2.txt", "night-2.txt");
        // and the first run's own CSV was not touched by the second run
        assertThat(Files.readAllBytes(reports.resolve("2025-03-29").resolve("events.csv"))).isEqualTo(firstCsv);

        // and after the first night the cumulative CSV held its two events
        assertThat(afterFirst).extracting(r -> r.get("event_date")).containsExactly("2025-03-27", "2025-03-28");

        // and after the second it holds three in date order, the shooting once, listing both files
        List<Map<String, String>> all = readCsv(reports.resolve("events.csv"));
        assertThat(all).extracting(r -> r.get("event_date"))
                .containsExactly("2025-03-27", "2025-03-28", "2025-03-30");
        assertThat(all).extracting(r -> r.get("source"))
                .containsExactly("night-1.txt", "night-1.txt; night-2.txt", "night-2.txt");
        Map<String, String> shooting = all.get(1);
        assertThat(shooting.get("locations")).startsWith("Chicago");
        assertThat(shooting.get("line")).isEqualTo("1");
        assertThat(shooting.get("evidence")).contains("A gunman killed three people");

        // and the cumulative workbook's timeline has the same three rows
        try (InputStream in = Files.newInputStream(reports.resolve("timeline.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Timeline").getLastRowNum()).isEqualTo(3);
        }
        // and the report steps left no sort file behind (with so few events they may never have written one)
        Path sort = Path.of(DATA_DIR, "sort");
        try (Stream<Path> files = Files.exists(sort) ? Files.walk(sort) : Stream.empty()) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void theReportJobRegeneratesTheCumulativeReports() throws Exception {
        // given a completed run whose cumulative CSV was deleted
        Path input = write("night-1.txt", SHARED + "\n");
        Path reports = root.resolve("reports");
        JobParameters run = parameters(input, LocalDate.of(2025, 3, 29), reports.resolve("2025-03-29"));
        jobOperatorTestUtils.setJob(timelineJob);
        jobOperatorTestUtils.startJob(run);
        Files.delete(reports.resolve("events.csv"));

        // when the reports are regenerated
        jobOperatorTestUtils.setJob(reportJob);
        JobExecution regenerated = jobOperatorTestUtils.startJob(run);

        // then the cumulative CSV is back
        assertThat(regenerated.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readCsv(reports.resolve("events.csv"))).extracting(r -> r.get("source"))
                .containsExactly("night-1.txt");
    }

    @Test
    void aTouchedInputRunAgainUnderANewRunKeyListsEachEventOnce() throws Exception {
        // given a completed run, and its input file touched so that the same night runs under a new run key
        Path input = write("night-1.txt", SHARED + "\n\nThe ministry issued a statement.\n");
        Path reports = root.resolve("reports");
        LocalDate date = LocalDate.of(2025, 3, 29);
        jobOperatorTestUtils.setJob(timelineJob);
        jobOperatorTestUtils.startJob(parameters(input, date, reports.resolve("2025-03-29")));
        List<Map<String, String>> once = readCsv(reports.resolve("events.csv"));
        Files.setLastModifiedTime(input, FileTime.fromMillis(Files.getLastModifiedTime(input).toMillis() + 60_000));
        JobParameters touched = parameters(input, date, reports.resolve("2025-03-29"));

        // when
        JobExecution again = jobOperatorTestUtils.startJob(touched);

        // then both runs' rows are staged, yet the cumulative CSV is the same as after the first run
        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT run_key) FROM staged_event", Integer.class))
                .isEqualTo(2);
        List<Map<String, String>> twice = readCsv(reports.resolve("events.csv"));
        assertThat(once).extracting(r -> r.get("date_precision")).containsExactly("DAY", "REPORTED");
        assertThat(twice).isEqualTo(once);
        assertThat(twice).extracting(r -> r.get("source")).containsOnly("night-1.txt");
    }

    private Path write(String name, String text) throws Exception {
        Path dir = Files.createDirectories(root.resolve("input-" + name.replace(".txt", "")));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JobParameters parameters(Path file, LocalDate date, Path outputDir) {
        String input = file.toAbsolutePath().toString();
        RunIdentity identity = RunIdentity.of(input, date, new InputDiscovery().discover(file));
        return new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input, true)
                .addString(JobParameterNames.REFERENCE_DATE, date.toString(), true)
                .addString(JobParameterNames.FINGERPRINT, identity.fingerprint(), true)
                .addString(JobParameterNames.OUTPUT_DIR, outputDir.toString(), false)
                .addString(JobParameterNames.RUN_KEY, identity.runKey(), false)
                .toJobParameters();
    }

    /** The CSV's rows as maps from header name to cell. */
    private static List<Map<String, String>> readCsv(Path csv) throws Exception {
        try (InputStream in = Files.newInputStream(csv);
             CSVReader reader = new CSVReaderBuilder(new InputStreamReader(in, StandardCharsets.UTF_8)).build()) {
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
