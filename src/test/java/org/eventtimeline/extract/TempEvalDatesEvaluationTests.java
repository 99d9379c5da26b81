package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opt-in evaluation on the TempEval-3 platinum TIMEX3 expressions (read from ../shared/devdata or the
 * {@code devdata.dir} system property, never copied into the project): span recall and value accuracy on DATE
 * expressions, and dates wrongly produced on DURATION/TIME/SET ones. Skipped when the file is absent.
 */
@Tag("evaluation")
class TempEvalDatesEvaluationTests {

    private static final String FILE = "te3-platinum-timex3.tsv";
    private static final Pattern SCORABLE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateExtractor extractor = new DateExtractor();

    /** One gold expression: document creation time, expression text, type, value and its context snippet. */
    private record Gold(LocalDate dct, String text, String type, String value, String context) {
    }

    /** The mentions overlapping the gold expression in its stripped snippet (empty when it cannot be located). */
    private record Outcome(boolean located, List<DateMention> overlapping) {
    }

    @Test
    void measuresDateRecallValueAccuracyAndFalsePositives() throws IOException {
        // given the gold expressions, when the data is present
        Path file = Paths.get(System.getProperty("devdata.dir", Paths.get("..", "shared", "devdata").toString()))
                .resolve(FILE);
        Assumptions.assumeTrue(Files.isReadable(file), "dev data absent: " + file);
        List<Gold> golds = read(file);

        // when the extractor runs on each snippet with its DCT as reference date
        int dates = 0;
        int found = 0;
        int scorable = 0;
        int correct = 0;
        int others = 0;
        int falsePositives = 0;
        for (Gold gold : golds) {
            Outcome outcome = run(gold);
            boolean hit = !outcome.overlapping().isEmpty();
            if (gold.type().equals("DATE")) {
                dates++;
                found += hit ? 1 : 0;
                if (!hit) {
                    System.out.printf(Locale.ROOT, "  span miss: %s (%s)%s%n", gold.text(), gold.value(),
                            outcome.located() ? "" : " not located");
                }
                if (SCORABLE_VALUE.matcher(gold.value()).matches()) {
                    scorable++;
                    // a gold year annotated apart inside a range ("2009-2010") is right when it is the range's end
                    boolean right = outcome.overlapping().stream().anyMatch(m -> m.value().isoStart()
                            .equals(gold.value()) || m.value().isoEnd().equals(gold.value()));
                    correct += right ? 1 : 0;
                    if (!right) {
                        System.out.printf(Locale.ROOT, "  value miss: %-22s gold %-10s got %s%n", gold.text(),
                                gold.value(), outcome.overlapping().stream().map(m -> m.value().isoStart()).toList());
                    }
                }
            } else {
                others++;
                // a TIME whose value names a day ("Friday afternoon") is rightly dated by that day
                boolean wrong = hit && outcome.overlapping().stream()
                        .noneMatch(m -> gold.value().startsWith(m.value().isoStart() + "T"));
                falsePositives += wrong ? 1 : 0;
                if (wrong) {
                    System.out.printf(Locale.ROOT, "  false positive on %s %s: %s%n", gold.type(), gold.text(),
                            outcome.overlapping().stream().map(DateMention::text).toList());
                }
            }
        }

        // then the figures stay above the floor reached so far
        double recall = (double) found / dates;
        double accuracy = (double) correct / scorable;
        System.out.printf(Locale.ROOT, "TempEval-3 platinum DATE span recall %d/%d = %.3f%n", found, dates, recall);
        System.out.printf(Locale.ROOT, "TempEval-3 platinum DATE value accuracy %d/%d = %.3f%n", correct, scorable,
                accuracy);
        System.out.printf(Locale.ROOT, "TempEval-3 platinum false positives on DURATION/TIME/SET %d/%d%n",
                falsePositives, others);
        // (reached: recall 75/96 -- the misses are "now", "the past", centuries, seasons, weeks; value 68/69; 3 FP)
        assertThat(recall).isGreaterThanOrEqualTo(0.77);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.97);
        assertThat(falsePositives).isLessThanOrEqualTo(3);
    }

    private Outcome run(Gold gold) {
        int[] rawToPlain = new int[gold.context().length() + 1];
        String plain = strip(gold.context(), rawToPlain);
        int at = locate(plain, gold.text(), rawToPlain[gold.context().length() / 2]);
        if (at < 0) {
            return new Outcome(false, List.of());
        }
        int end = at + gold.text().length();
        Document document = Document.of(plain, gold.dct());
        splitter.annotate(document);
        extractor.annotate(document);
        List<DateMention> overlapping = new ArrayList<>();
        for (DateMention m : document.dates()) {
            int start = document.sentence(m.sentence()).start() + m.start();
            if (start < end && at < start + (m.end() - m.start())) {
                overlapping.add(m);
            }
        }
        return new Outcome(true, overlapping);
    }

    /** The snippet without TimeML markup (also cut tags at both ends); fills the raw-to-plain offset map. */
    private static String strip(String raw, int[] rawToPlain) {
        StringBuilder plain = new StringBuilder();
        int firstOpen = raw.indexOf('<');
        int firstClose = raw.indexOf('>');
        boolean inTag = firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen);
        for (int i = 0; i < raw.length(); i++) {
            rawToPlain[i] = plain.length();
            char c = raw.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>' && inTag) {
                inTag = false;
            } else if (!inTag) {
                plain.append(c);
            }
        }
        rawToPlain[raw.length()] = plain.length();
        return plain.toString();
    }

    /** The occurrence of {@code text} in {@code plain} nearest to {@code centre}, or -1. */
    private static int locate(String plain, String text, int centre) {
        int best = -1;
        for (int i = plain.indexOf(text); i >= 0; i = plain.indexOf(text, i + 1)) {
            if (best < 0 || Math.abs(i - centre) < Math.abs(best - centre)) {
                best = i;
            }
        }
        return best;
    }

    private static List<Gold> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Gold> golds = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length < header.size()) {
                continue;
            }
            golds.add(new Gold(LocalDate.parse(cell(cells, header, "dct")), cell(cells, header, "text"),
                    cell(cells, header, "type"), cell(cells, header, "value"), cell(cells, header, "context")));
        }
        return golds;
    }

    private static String cell(String[] cells, List<String> header, String column) {
        String cell = cells[header.indexOf(column)];
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
