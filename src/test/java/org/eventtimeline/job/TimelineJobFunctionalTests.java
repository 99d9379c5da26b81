package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.cli.RunIdentity;
import org.eventtimeline.read.InputDiscovery;
import org.eventtimeline.store.StagedEventRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;

/** The whole job on the seed: twenty paragraphs of several stories, read with reference date 2025-03-29. */
@SpringBatchTest
@SpringBootTest(properties = {
        "event-timeline.command.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:timeline-functional;shutdown=false",
        "event-timeline.chunk-size=7",
        "event-timeline.cumulative-dir="})
class TimelineJobFunctionalTests {

    private static final Path SEED = Path.of("seeds", "000_d3e7b42f5988b516.txt");

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    @Qualifier("timelineJob")
    private Job timelineJob;

    @Autowired
    private StagedEventRepository staged;

    @TempDir
    Path out;

    @BeforeAll
    static void fixLocaleAndZone() {
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void cleanUp() {
        jobRepositoryTestUtils.removeJobExecutions();
    }

    private JobParameters seedParameters() {
        String input = SEED.toAbsolutePath().toString();
        LocalDate date = LocalDate.of(2025, 3, 29);
        RunIdentity identity = RunIdentity.of(input, date, new InputDiscovery().discover(SEED));
        return new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input, true)
                .addString(JobParameterNames.REFERENCE_DATE, date.toString(), true)
                .addString(JobParameterNames.FINGERPRINT, identity.fingerprint(), true)
                .addString(JobParameterNames.OUTPUT_DIR, out.toString(), false)
                .addString(JobParameterNames.RUN_KEY, identity.runKey(), false)
                .toJobParameters();
    }

    private static List<String[]> readCsv(Path csv) throws Exception {
        try (InputStream in = Files.newInputStream(csv);
             CSVReader reader = new CSVReaderBuilder(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                     .build()) {
            return reader.readAll();
        }
    }

    @Test
    void extractsTheSeedIntoStagedEventsACsvAndAWorkbook() throws Exception {
        // given the seed and reference date 2025-03-29
        jobOperatorTestUtils.setJob(timelineJob);
        JobParameters parameters = seedParameters();

        // when
        JobExecution execution = jobOperatorTestUtils.startJob(parameters);

        // then the job completed and read every paragraph; the photo credit (line 4) gave no event
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        StepExecution extract = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("extract")).findFirst().orElseThrow();
        assertThat(extract.getReadCount()).isEqualTo(20);
        assertThat(extract.getFilterCount()).isEqualTo(1);
        assertThat(extract.getWriteCount()).isEqualTo(19);
        assertThat(extract.getSkipCount()).isZero();
        assertThat(extract.getCommitCount()).isEqualTo(3);
        assertThat(staged.countRun(parameters.getString(JobParameterNames.RUN_KEY))).isEqualTo(19);

        List<String[]> rows = readCsv(out.resolve("events.csv"));
        String[] header = rows.get(0);
        header[0] = header[0].replace("\uFEFF", "");
        assertThat(String.join(",", header)).startsWith("event_id,event_date,end_date,date_precision,date_text,"
                + "event_type,actors,locations,country,killed,injured,missing,abducted,casualty_text,source,"
                + "article_id,line,evidence,confidence");
        assertThat(rows).hasSize(20);
        Map<String, Integer> col = indexOf(header);
        Map<String, String[]> byLine = rows.subList(1, rows.size()).stream()
                .collect(Collectors.toMap(r -> r[col.get("line")], Function.identity()));
        assertThat(byLine).doesNotContainKey("4");

        String[] fire = byLine.get("17");
        assertThat(fire[col.get("country")]).isEqualTo("Malaysia");
        assertThat(fire[col.get("injured")]).isEqualTo("100");
        assertThat(fire[col.get("killed")]).isEmpty();
        assertThat(fire[col.get("event_date")]).isEqualTo("2025-03-28");
        assertThat(fire[col.get("event_type")]).isEqualTo("DISASTER");
        assertThat(fire[col.get("locations")]).contains("Putra Heights");
        assertThat(fire[col.get("casualty_text")]).contains("more than 100");
        assertThat(fire[col.get("source")]).isEqualTo("000_d3e7b42f5988b516.txt");

        String[] kidnapping = byLine.get("13");
        assertThat(kidnapping[col.get("abducted")]).isEqualTo("13");
        assertThat(kidnapping[col.get("event_date")]).isEqualTo("2002");
        assertThat(kidnapping[col.get("date_precision")]).isEqualTo("YEAR");

        assertThat(byLine.get("18")[col.get("missing")]).isEqualTo("1");
        assertThat(byLine.get("18")[col.get("country")]).isEqualTo("Haiti");
        assertThat(byLine.get("18")[col.get("event_date")]).isEqualTo("2025-03-25");
        assertThat(byLine.get("19")[col.get("actors")]).contains("J.D. Vance");
        assertThat(byLine.get("20")[col.get("event_date")]).isEqualTo("2025-03-27");
        for (String line : List.of("11", "20")) {
            for (String figure : List.of("killed", "injured", "missing", "abducted")) {
                assertThat(byLine.get(line)[col.get(figure)]).as(line + " " + figure).isEmpty();
            }
        }

        // and the workbook's timeline holds the same events, dated rows as real date cells
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("timeline.xlsx")))) {
            Sheet timeline = workbook.getSheet("Timeline");
            assertThat(timeline.getLastRowNum()).isEqualTo(19);
            Row first = timeline.getRow(1);
            assertThat(first.getCell(1).getLocalDateTimeCellValue().getYear()).isEqualTo(1910);
        }
    }

    @Test
    void runningTheSameInputTwiceStagesNoDuplicatesAndWritesTheSameCsv() throws Exception {
        // given a completed run of the seed
        jobOperatorTestUtils.setJob(timelineJob);
        JobParameters parameters = seedParameters();
        jobOperatorTestUtils.startJob(parameters);
        byte[] firstCsv = Files.readAllBytes(out.resolve("events.csv"));
        jobRepositoryTestUtils.removeJobExecutions();

        // when the same input and date run again
        JobExecution again = jobOperatorTestUtils.startJob(parameters);

        // then the staging table still holds one row per event, and the CSV is byte for byte the same
        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(staged.countRun(parameters.getString(JobParameterNames.RUN_KEY))).isEqualTo(19);
        assertThat(Files.readAllBytes(out.resolve("events.csv"))).isEqualTo(firstCsv);
    }

    @Test
    void aParagraphThatLooksLikeAFormulaIsNeutralisedInBothReports() throws Exception {
        // given a paragraph that a spreadsheet would evaluate
        Path input = out.resolve("hostile.txt");
        Files.writeString(input, "=HYPERLINK(\"http://x\",\"click\") said 3 people were killed in Paris on Friday.\n");
        RunIdentity identity = RunIdentity.of(input.toString(), LocalDate.of(2025, 3, 29),
                new InputDiscovery().discover(input));
        Path reports = out.resolve("reports");
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toString(), true)
                .addString(JobParameterNames.REFERENCE_DATE, "2025-03-29", true)
                .addString(JobParameterNames.FINGERPRINT, identity.fingerprint(), true)
                .addString(JobParameterNames.OUTPUT_DIR, reports.toString(), false)
                .addString(JobParameterNames.RUN_KEY, identity.runKey(), false)
                .toJobParameters();
        jobOperatorTestUtils.setJob(timelineJob);

        // when
        JobExecution execution = jobOperatorTestUtils.startJob(parameters);

        // then the event is there, and no cell holds a live formula
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String[]> rows = readCsv(reports.resolve("events.csv"));
        Map<String, Integer> col = indexOf(rows.get(0));
        String[] event = rows.get(1);
        assertThat(event[col.get("killed")]).isEqualTo("3");
        assertThat(event[col.get("country")]).isEqualTo("France");
        assertThat(event[col.get("evidence")]).startsWith("'=HYPERLINK(");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(reports.resolve("timeline.xlsx")))) {
            var cell = workbook.getSheet("Timeline").getRow(1).getCell(17);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK(");
        }
    }

    private static Map<String, Integer> indexOf(String[] header) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.put(header[i], i);
        }
        return index;
    }
}
