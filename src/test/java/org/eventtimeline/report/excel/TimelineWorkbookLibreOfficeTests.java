package org.eventtimeline.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventtimeline.report.ReportFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** Opens timeline.xlsx in LibreOffice (headless); skipped where LibreOffice is not installed. */
@Tag("libreoffice")
@EnabledIf("libreOfficeInstalled")
class TimelineWorkbookLibreOfficeTests {

    /** Comma, double quote, UTF-8, from line 1, cells as shown, every sheet to its own file. */
    private static final String CSV_FILTER =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    @TempDir
    Path dir;

    static boolean libreOfficeInstalled() {
        return soffice().isPresent();
    }

    @Test
    void libreOfficeReadsEverySheetWithItsFormats() throws Exception {
        // given a workbook of the three sample events
        Path workbook = writeWorkbook();
        // when LibreOffice converts it to one CSV per sheet, cells as shown
        convert(workbook, CSV_FILTER, dir.resolve("csv"));
        // then every sheet is there and dates show in their precision's format
        Path csv = dir.resolve("csv");
        assertThat(names(csv)).containsExactly("timeline-Actors.csv", "timeline-Locations.csv",
                "timeline-Skipped.csv", "timeline-Summary.csv", "timeline-Timeline.csv");
        String timeline = Files.readString(csv.resolve("timeline-Timeline.csv"), StandardCharsets.UTF_8);
        assertThat(timeline).contains("\ne2,2024-03,,MONTH,March 2024,PROTEST,")
                .contains("\ne1,2025-03-28,,DAY,on Friday,ATTACK,")
                .contains("\ne3,2025-04-01 (reported),,REPORTED,")
                .contains("\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\") said 3 people were killed in Paris\",0.75,12");
        assertThat(Files.readString(csv.resolve("timeline-Summary.csv"))).contains("\nKilled,6\n");
        assertThat(Files.readString(csv.resolve("timeline-Skipped.csv"))).contains("\nnews.txt,7,no event sentence");
    }

    @Test
    void libreOfficeKeepsTheChartWhenSavingAgain() throws Exception {
        // given a workbook of the three sample events
        Path workbook = writeWorkbook();
        // when LibreOffice saves it again as xlsx
        convert(workbook, "xlsx", dir.resolve("resaved"));
        // then the saved copy still has the Summary chart
        try (XSSFWorkbook resaved = new XSSFWorkbook(Files.newInputStream(dir.resolve("resaved/timeline.xlsx")))) {
            assertThat(resaved.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    private Path writeWorkbook() throws IOException {
        Path workbook = dir.resolve(TimelineWorkbookWriter.FILE_NAME);
        new TimelineWorkbookWriter().write(workbook,
                List.of(ReportFixtures.statement(), ReportFixtures.attack(), ReportFixtures.protest()),
                ReportFixtures.run(), ReportFixtures.skipped());
        return workbook;
    }

    private void convert(Path workbook, String target, Path outDir) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice().orElseThrow().toString(), "--headless",
                "--norestore", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", target,
                "--outdir", outDir.toString(), workbook.toString()));
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish: " + Files.readString(log));
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(entry, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
