package org.eventtimeline.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eventtimeline.domain.Article;
import org.eventtimeline.extract.Document;
import org.eventtimeline.extract.ExtractionPipelines;
import org.eventtimeline.extract.Extractor;
import org.eventtimeline.extract.Pipeline;

/**
 * Reads a corpus size, seed and pass count, runs the standard pipeline's stages one by one over the generated
 * paragraphs (single thread, after warm-up passes) and prints each stage's time, share and MB/s on its own.
 * <p>Usage: {@code StageTimes [SIZE_MB=5] [SEED=42] [PASSES=3]}; only the last pass is reported.
 */
public final class StageTimes {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 3, 29);

    private StageTimes() {
    }

    public static void main(String[] args) {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Pipeline pipeline = ExtractionPipelines.standard();
        List<String> paragraphs = CorpusGenerator.paragraphs(Math.round(megabytes * 1_000_000d), seed);
        long bytes = paragraphs.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        List<Extractor> stages = pipeline.stages();
        long[] nanos = new long[stages.size()];
        long records = 0;
        for (int pass = 0; pass < passes; pass++) {
            java.util.Arrays.fill(nanos, 0);
            records = 0;
            int line = 0;
            for (String paragraph : paragraphs) {
                Document document = new Document(Article.ofLine("bench.txt", ++line, REFERENCE_DATE, paragraph));
                for (int s = 0; s < nanos.length; s++) {
                    long start = System.nanoTime();
                    stages.get(s).annotate(document);
                    nanos[s] += System.nanoTime() - start;
                }
                records += document.records().size();
            }
        }
        long total = java.util.Arrays.stream(nanos).sum();
        System.out.printf(Locale.ROOT, "%,d paragraphs, %,d bytes, %,d records; last of %d passes, single thread%n",
                paragraphs.size(), bytes, records, passes);
        System.out.printf(Locale.ROOT, "%-22s %10s %7s %10s%n", "stage", "ms", "share", "MB/s alone");
        for (int s = 0; s < nanos.length; s++) {
            System.out.printf(Locale.ROOT, "%-22s %10.1f %6.1f%% %10.1f%n", stages.get(s).name(), nanos[s] / 1e6,
                    100.0 * nanos[s] / total, bytes / 1e6 / (nanos[s] / 1e9));
        }
        System.out.printf(Locale.ROOT, "%-22s %10.1f %6.1f%% %10.2f%n", "all stages", total / 1e6, 100.0,
                bytes / 1e6 / (total / 1e9));
    }
}
