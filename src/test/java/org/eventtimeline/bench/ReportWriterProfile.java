package org.eventtimeline.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.report.RunSummary;
import org.eventtimeline.report.csv.EventCsvWriter;
import org.eventtimeline.report.excel.TimelineWorkbookWriter;

/**
 * Reads a count of synthetic events (seeded, shaped like the job's: dates of every precision, actors, places,
 * casualties, evidence with some non-ASCII text) and prints the thread CPU time the report writers take per round:
 * events.csv alone and timeline.xlsx alone, written to files in a temporary directory.
 * Usage: {@code ReportWriterProfile [EVENTS] [ROUNDS] [KEEP_DIR]}; KEEP_DIR keeps the last round's files.
 */
public final class ReportWriterProfile {

    private static final String[] WORDS = {"the", "army", "said", "forces", "attacked", "village", "near", "border",
        "officials", "reported", "police", "arrested", "protesters", "capital", "on", "Tuesday", "were", "killed",
        "injured", "in", "an", "explosion", "market", "according", "to", "local", "media", "caf\u00e9", "S\u00e3o",
        "\u201cwe", "will\u201d", "&", "<b>", "\u2013", "Z\u00fcrich", "\u0645\u0635\u0631", "more", "than", "people"};
    private static final double[] CONFIDENCES = {1.0, 0.9, 0.8, 0.7, 0.4, 0.6, 0.5, 0.3, 0.2};

    private ReportWriterProfile() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path keep = args.length > 2 ? Path.of(args[2]) : null;
        List<EventRecord> events = events(count, 42);
        RunSummary run = new RunSummary(List.of("corpus.txt"), LocalDate.of(2025, 3, 29),
                LocalDateTime.of(2025, 3, 29, 12, 0), LocalDateTime.of(2025, 3, 29, 12, 5), count, count, 0, "bench");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("report-profile");
        for (int round = 1; round <= rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("events.csv")))) {
                EventCsvWriter.Rows rows = EventCsvWriter.start(out);
                events.forEach(rows::add);
                rows.finish();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            TimelineWorkbookWriter writer = new TimelineWorkbookWriter();
            long rowsDone;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("timeline.xlsx")));
                 TimelineWorkbookWriter.Rows rows = writer.start()) {
                events.forEach(rows::add);
                rowsDone = threads.getCurrentThreadCpuTime();
                rows.finish(out, run, List.of());
            }
            long t2 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: %d events, csv %d ms, xlsx %d ms (rows %d, finish %d) thread CPU%n",
                    round, count, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (rowsDone - t1) / 1_000_000,
                    (t2 - rowsDone) / 1_000_000);
        }
        if (keep == null) {
            Files.delete(dir.resolve("events.csv"));
            Files.delete(dir.resolve("timeline.xlsx"));
            Files.delete(dir);
        }
    }

    /** {@code count} events from a seeded generator, in report order (dated ascending). */
    static List<EventRecord> events(int count, long seed) {
        Random random = new Random(seed);
        List<EventRecord> events = new ArrayList<>(count);
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(20) == 0) {
                day = day.plusDays(1);
            }
            DateValue date = switch (random.nextInt(10)) {
                case 0 -> DateValue.month(day.getYear(), day.getMonthValue());
                case 1 -> DateValue.year(day.getYear());
                case 2 -> DateValue.reported(day);
                case 3 -> DateValue.day(day).withEnd(day.plusDays(2));
                default -> DateValue.day(day);
            };
            List<Actor> actors = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                actors.add(new Actor("Actor " + random.nextInt(500), "agent", null, ActorKind.GROUP));
            }
            List<Place> places = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                places.add(new Place("Place " + random.nextInt(300), "C" + random.nextInt(20), PlaceKind.CITY));
            }
            Casualties casualties = random.nextBoolean() ? Casualties.NONE
                    : new Casualties(random.nextInt(50), random.nextBoolean() ? null : random.nextInt(10), null,
                    null, random.nextInt(5) == 0 ? 3 : null, "more than " + random.nextInt(50) + " people");
            events.add(new EventRecord(String.format(Locale.ROOT, "evt-%08d", i), date, "on Tuesday",
                    EventType.values()[random.nextInt(EventType.values().length)], actors, places,
                    "Country " + random.nextInt(40), casualties, "corpus-10mb.txt", "article-" + (i / 3),
                    1 + random.nextInt(5000), sentence(random), CONFIDENCES[random.nextInt(CONFIDENCES.length)]));
        }
        return events;
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(10) == 0 ? "-" : "");
        for (int w = 20 + random.nextInt(30); w > 0; w--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 1 ? "." : " ");
        }
        return text.toString();
    }
}
