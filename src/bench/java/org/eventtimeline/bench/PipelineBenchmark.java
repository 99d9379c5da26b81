package org.eventtimeline.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.extract.ExtractionPipelines;
import org.eventtimeline.extract.Pipeline;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Runs the standard extraction pipeline, single thread, over paragraphs of the generated corpus, one paragraph per
 * operation, and reports throughput as paragraphs/s plus aux counters {@code bytes}, {@code tokens} and
 * {@code records} per second (bytes/s divided by 1e6 is MB/s).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Duser.timezone=UTC"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class PipelineBenchmark {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 3, 29);

    /** The pipeline and the in-memory corpus, shared by the one benchmark thread. */
    @State(Scope.Benchmark)
    public static class Corpus {

        @Param("5")
        public double megabytes;

        @Param("42")
        public long seed;

        Pipeline pipeline;
        Article[] articles;
        int[] bytes;
        int[] tokens;

        @Setup(Level.Trial)
        public void load() {
            pipeline = ExtractionPipelines.standard();
            List<String> paragraphs = CorpusGenerator.paragraphs(Math.round(megabytes * 1_000_000d), seed);
            articles = new Article[paragraphs.size()];
            bytes = new int[paragraphs.size()];
            tokens = new int[paragraphs.size()];
            for (int i = 0; i < articles.length; i++) {
                String text = paragraphs.get(i);
                articles[i] = Article.ofLine("bench.txt", i + 1, REFERENCE_DATE, text);
                bytes[i] = text.getBytes(StandardCharsets.UTF_8).length + 1;
                tokens[i] = text.split("\\s+").length;
            }
        }
    }

    /** Per-iteration counts JMH reports as rates next to the paragraph throughput. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {

        public long bytes;
        public long tokens;
        public long records;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            tokens = 0;
            records = 0;
        }
    }

    @Benchmark
    public List<EventRecord> paragraph(Corpus corpus, Counts counts) {
        int i = counts.next;
        counts.next = i + 1 == corpus.articles.length ? 0 : i + 1;
        List<EventRecord> records = corpus.pipeline.process(corpus.articles[i]);
        counts.bytes += corpus.bytes[i];
        counts.tokens += corpus.tokens[i];
        counts.records += records.size();
        return records;
    }
}
