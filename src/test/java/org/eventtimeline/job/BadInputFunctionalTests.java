package org.eventtimeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.opencsv.CSVReader;

/** The whole application, in this JVM, on inputs that are missing, empty, binary, malformed or odd. */
class BadInputFunctionalTests {

    @TempDir
    Path work;

    private InProcessRun run(Path input, String... extra) {
        return runInto(work.resolve("out"), input, extra);
    }

    private InProcessRun runInto(Path out, Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--reference-date=2025-03-29",
                "--output-dir=" + out, "--event-timeline.data-dir=" + work.resolve("data"),
                "--event-timeline.chunk-size=2"));
        args.addAll(List.of(extra));
        return InProcessRun.of(args.toArray(String[]::new));
    }

    private List<String[]> csvRows() throws Exception {
        try (CSVReader reader = new CSVReader(new InputStreamReader(
                Files.newInputStream(work.resolve("out").resolve("events.csv")), StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.readAll();
            return rows.subList(1, rows.size());
        }
    }

    private List<String> csvColumn(int column) throws Exception {
        return csvRows().stream().map(r -> r[column]).toList();
    }

    private List<String> skippedSheet() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(work.resolve("out").resolve("timeline.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Skipped");
            DataFormatter formatter = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(formatter.formatCellValue(c)));
                rows.add(String.join(" | ", cells));
            }
            return rows;
        }
    }

    private static String news(int i) {
        return NewsCorpus.paragraph(i);
    }

    private static String json(int i) {
        return "{\"id\":\"a" + i + "\",\"date\":\"2025-03-2" + (i % 9) + "\",\"text\":\"" + news(i) + "\"}";
    }

    @Test
    void aMissingInputExitsTwoWithOneLine() {
        // when
        InProcessRun result = run(work.resolve("nowhere.txt"));

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo("event-timeline: input not found: " + work.resolve("nowhere.txt"));
    }

    @Test
    void aDirectoryWithoutInputsExitsTwo() throws Exception {
        // given a directory holding only a file of another type
        Path dir = Files.createDirectory(work.resolve("in"));
        Files.writeString(dir.resolve("notes.md"), "# nothing here");

        // when
        InProcessRun result = run(dir);

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo("event-timeline: no .txt or .jsonl files in input directory: " + dir);
    }

    @Test
    void anEmptyFileExitsTwo() throws Exception {
        // given
        Path empty = Files.createFile(work.resolve("empty.txt"));

        // when
        InProcessRun result = run(empty);

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo("event-timeline: input file is empty: " + empty);
    }

    @Test
    void aBinaryFileExitsTwo() throws Exception {
        // given a file with NUL bytes and a .txt name
        Path binary = Files.write(work.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        // when
        InProcessRun result = run(binary);

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .isEqualTo("event-timeline: input file is not text (it contains NUL bytes): " + binary);
    }

    @Test
    void invalidUtf8IsKeptAsReplacementCharactersAndTheRunCompletes() throws Exception {
        // given a paragraph with a lone continuation byte and a truncated sequence between two good ones
        byte[] bad = (news(0) + "\n" + "Gunmen killed 4 people in Kabul, Afghanistan on March 3 at the caf\u00e9 ")
                .getBytes(StandardCharsets.UTF_8);
        Path input = work.resolve("latin.txt");
        Files.write(input, concat(bad, new byte[] {(byte) 0xE9, ' ', (byte) 0x80, ' ', (byte) 0xE2, (byte) 0x82},
                ", police said.\n".getBytes(StandardCharsets.UTF_8), (news(1) + "\n").getBytes(StandardCharsets.UTF_8)));

        // when
        InProcessRun result = run(input);

        // then all three lines gave an event, the middle one with its replacement characters kept
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(csvRows()).hasSize(3);
        assertThat(Files.readString(work.resolve("out").resolve("events.csv"))).contains("caf\u00e9 \uFFFD \uFFFD \uFFFD");
    }

    @Test
    void aSingleFiftyMegabyteLineCompletesWithOneRecordFromItsBeginning() throws Exception {
        // given one line of 50 MB: varied paragraphs joined by spaces, then a normal paragraph on line 2
        Path input = work.resolve("one-line.txt");
        try (java.io.Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (long written = 0, i = 0; written < 50L * 1024 * 1024; i++) {
                String paragraph = news((int) (i % 3000)) + " ";
                out.write(paragraph);
                written += paragraph.length();
            }
            out.write("\n" + news(1) + "\n");
        }

        // when
        InProcessRun result = run(input);

        // then both lines gave an event; the long line's evidence comes from its first paragraph
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String[]> rows = csvRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)[16]).isEqualTo("1");
        assertThat(rows.get(1)[16]).isEqualTo("2");
    }

    @Test
    void crlfAndAByteOrderMarkGiveTheSameRecordsAsLf() throws Exception {
        // given the same paragraphs with LF, and with CRLF after a BOM, under the same file name
        String text = news(0) + "\n" + news(1) + "\n\n" + news(2) + "\n";
        Path lf = Files.createDirectories(work.resolve("lf")).resolve("news.txt");
        Path crlf = Files.createDirectories(work.resolve("crlf")).resolve("news.txt");
        Files.writeString(lf, text);
        Files.writeString(crlf, "\uFEFF" + text.replace("\n", "\r\n"));

        // when
        InProcessRun lfRun = runInto(work.resolve("out-lf"), lf);
        InProcessRun crlfRun = runInto(work.resolve("out-crlf"), crlf);

        // then
        assertThat(lfRun.exitCode()).isZero();
        assertThat(crlfRun.exitCode()).isZero();
        String lfCsv = Files.readString(work.resolve("out-lf").resolve("events.csv"));
        assertThat(lfCsv.lines()).hasSize(4);
        assertThat(Files.readString(work.resolve("out-crlf").resolve("events.csv"))).isEqualTo(lfCsv);
    }

    @Test
    void malformedJsonLinesAreSkippedListedAndTheirNeighboursKept() throws Exception {
        // given good articles around a line that is not JSON, one without text and one with a bad date
        Path input = work.resolve("feed.jsonl");
        Files.writeString(input, String.join("\n", json(1), "{not json", json(3),
                "{\"id\":\"a4\",\"date\":\"2025-03-20\"}", json(5),
                "{\"id\":\"a6\",\"date\":\"last Tuesday\",\"text\":\"" + news(6) + "\"}", json(7)) + "\n");

        // when
        InProcessRun result = run(input);

        // then the run completed with the four good articles in events.csv
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("skipped 3");
        assertThat(csvColumn(15)).containsExactlyInAnyOrder("a1", "a3", "a5", "a7");
        // and the three bad lines listed in the Skipped sheet with file, line and reason
        assertThat(skippedSheet()).hasSize(4).anySatisfy(r -> assertThat(r).contains("feed.jsonl | 2 | not valid JSON"))
                .anySatisfy(r -> assertThat(r).contains("feed.jsonl | 4 | no \"text\" field"))
                .anySatisfy(r -> assertThat(r).contains(
                        "feed.jsonl | 6 | \"date\" is not a YYYY-MM-DD date: last Tuesday"));
    }

    @Test
    void moreBadLinesThanTheSkipLimitFailTheRunNamingTheLimit() throws Exception {
        // given three bad lines and a skip limit of two
        Path input = work.resolve("feed.jsonl");
        Files.writeString(input, String.join("\n", json(1), "{bad", "[1]", json(4), "nope", json(6)) + "\n");

        // when
        InProcessRun result = run(input, "--event-timeline.skip-limit=2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).isEqualTo("event-timeline: FAILED: more bad items than the skip limit "
                + "(event-timeline.skip-limit=2); the last: feed.jsonl line 5: not valid JSON "
                + "(run the same command again to resume)");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
