package org.eventtimeline.peer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eventtimeline.bench.CorpusGenerator;

/**
 * Reads a corpus size, seed, warm-up and measured round counts, generates that corpus, runs our standard pipeline
 * and Stanford CoreNLP over the same paragraphs in this one JVM (single thread each, rounds alternating which goes
 * first) and prints each one's MB/s, tokens/s and paragraphs/s (median round, thread CPU time and wall time) and
 * the ratio ours/CoreNLP.
 * <p>Usage: {@code PeerBenchmark [SIZE_MB=1] [SEED=42] [WARMUP_ROUNDS=1] [MEASURED_ROUNDS=3]}.
 */
public final class PeerBenchmark {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 3, 29);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PeerBenchmark() {
    }

    public static void main(String[] args) {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        List<String> paragraphs = CorpusGenerator.paragraphs(Math.round(megabytes * 1_000_000d), seed);
        long bytes = paragraphs.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        long tokens = paragraphs.stream().mapToLong(p -> p.split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "corpus: CorpusGenerator seed %d, %,d paragraphs, %,d bytes (with newlines), "
                + "%,d whitespace tokens%n", seed, paragraphs.size(), bytes, tokens);
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %,d MB, %d processors, load average %.2f at start%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());

        long loadStart = System.nanoTime();
        CoreNlpPipeline coreNlp = new CoreNlpPipeline(REFERENCE_DATE);
        System.out.printf(Locale.ROOT, "CoreNLP models loaded in %.1f s; %s%n", (System.nanoTime() - loadStart) / 1e9,
                coreNlp.settings());
        coreNlp.show(paragraphs.get(0));
        Contestant[] contestants = {new OurPipeline(REFERENCE_DATE), coreNlp};

        for (int w = 0; w < warmups; w++) {
            for (Contestant contestant : order(contestants, w)) {
                Round round = time(contestant, paragraphs);
                System.out.printf(Locale.ROOT, "warm-up %d %-15s cpu %8.2f s  wall %8.2f s%n", w + 1,
                        contestant.name(), round.cpuNanos / 1e9, round.wallNanos / 1e9);
            }
        }
        long[][] cpu = new long[contestants.length][rounds];
        long[][] wall = new long[contestants.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (Contestant contestant : order(contestants, r)) {
                int c = contestant == contestants[0] ? 0 : 1;
                Round round = time(contestant, paragraphs);
                cpu[c][r] = round.cpuNanos;
                wall[c][r] = round.wallNanos;
                System.out.printf(Locale.ROOT, "round %d   %-15s cpu %8.2f s  wall %8.2f s  (load %.2f)%n", r + 1,
                        contestant.name(), round.cpuNanos / 1e9, round.wallNanos / 1e9, load());
            }
        }
        for (Contestant contestant : contestants) {
            System.out.println(contestant.name() + " found: " + contestant.describeLastRun());
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "median of %d measured rounds, single thread, thread CPU time (wall time):%n",
                rounds);
        System.out.printf(Locale.ROOT, "%-15s %18s %26s %22s %18s%n", "system", "MB/s", "tokens/s", "paragraphs/s",
                "s per pass");
        double[] cpuSeconds = new double[contestants.length];
        double[] wallSeconds = new double[contestants.length];
        for (int c = 0; c < contestants.length; c++) {
            cpuSeconds[c] = median(cpu[c]) / 1e9;
            wallSeconds[c] = median(wall[c]) / 1e9;
            System.out.printf(Locale.ROOT, "%-15s %18s %26s %22s %18s%n", contestants[c].name(),
                    pair(bytes / 1e6, cpuSeconds[c], wallSeconds[c], "%.3f"),
                    pair(tokens, cpuSeconds[c], wallSeconds[c], "%,.0f"),
                    pair(paragraphs.size(), cpuSeconds[c], wallSeconds[c], "%,.1f"),
                    String.format(Locale.ROOT, "%.2f (%.2f)", cpuSeconds[c], wallSeconds[c]));
        }
        System.out.printf(Locale.ROOT, "CoreNLP's own tokens: %,.0f/s (CPU)%n", coreNlp.lastTokens() / cpuSeconds[1]);
        System.out.printf(Locale.ROOT, "ratio ours/CoreNLP (throughput): %.2f on CPU time, %.2f on wall time%n",
                cpuSeconds[1] / cpuSeconds[0], wallSeconds[1] / wallSeconds[0]);
        System.out.printf(Locale.ROOT, "load average %.2f at end%n", load());
    }

    private static Contestant[] order(Contestant[] contestants, int round) {
        return round % 2 == 0 ? contestants : new Contestant[] {contestants[1], contestants[0]};
    }

    private static Round time(Contestant contestant, List<String> paragraphs) {
        System.gc();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long found = contestant.run(paragraphs);
        long wallNanos = System.nanoTime() - wallStart;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        if (found <= 0) {
            throw new IllegalStateException(contestant.name() + " found nothing");
        }
        return new Round(cpuNanos, wallNanos);
    }

    private static String pair(double amount, double cpuSeconds, double wallSeconds, String format) {
        return String.format(Locale.ROOT, format + " (" + format + ")", amount / cpuSeconds, amount / wallSeconds);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private record Round(long cpuNanos, long wallNanos) {
    }
}
