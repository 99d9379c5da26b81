package org.eventtimeline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.Paragraph;
import org.eventtimeline.extract.Document;
import org.eventtimeline.extract.ExtractionPipelines;
import org.eventtimeline.extract.Extractor;
import org.eventtimeline.extract.Pipeline;

/**
 * Reads corpus files (blocks of "### referenceDate id" followed by one paragraph a line, ended by a blank line) and
 * prints each pipeline stage's thread CPU time after a warm-up, or with {@code --dump FILE} writes every layer
 * and record.
 * Usage: {@code StageProfile [--dump FILE] [--rounds N] corpus...}.
 */
public final class StageProfile {

    private StageProfile() {
    }

    public static void main(String[] args) throws IOException {
        String dump = null;
        int rounds = 5;
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dump")) {
                dump = args[++i];
            } else if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                articles.addAll(read(Path.of(args[i])));
            }
        }
        Pipeline pipeline = ExtractionPipelines.standard();
        if (dump != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8))) {
                for (Article article : articles) {
                    Document document = new Document(article);
                    pipeline.annotate(document);
                    document.sentences().forEach(out::println);
                    document.dates().forEach(out::println);
                    document.places().forEach(out::println);
                    document.actors().forEach(out::println);
                    document.casualties().forEach(out::println);
                    document.types().forEach(out::println);
                    for (EventRecord record : document.records()) {
                        out.println(record);
                    }
                }
            }
            return;
        }
        long bytes = 0;
        for (Article article : articles) {
            for (Paragraph p : article.paragraphs()) {
                bytes += p.text().getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<Extractor> stages = pipeline.stages();
        for (int round = 0; round < rounds; round++) {
            long[] cpu = new long[stages.size()];
            for (Article article : articles) {
                Document document = new Document(article);
                for (int s = 0; s < stages.size(); s++) {
                    long t0 = bean.getCurrentThreadCpuTime();
                    stages.get(s).annotate(document);
                    cpu[s] += bean.getCurrentThreadCpuTime() - t0;
                }
            }
            long total = 0;
            StringBuilder line = new StringBuilder();
            for (int s = 0; s < stages.size(); s++) {
                total += cpu[s];
                line.append(String.format(Locale.ROOT, " %s=%d", stages.get(s).name(), cpu[s] / 1_000_000));
            }
            System.out.printf(Locale.ROOT, "round %d: %d bytes, total %d ms, %.2f MB/s;%s%n", round, bytes,
                    total / 1_000_000, bytes / 1e6 / (total / 1e9), line);
        }
    }

    private static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        LocalDate reference = null;
        String id = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.startsWith("### ")) {
                String[] parts = text.substring(4).split(" ", 2);
                reference = LocalDate.parse(parts[0]);
                id = parts[1];
                paragraphs = new ArrayList<>();
            } else if (text.isEmpty()) {
                if (id != null && !paragraphs.isEmpty()) {
                    articles.add(new Article(file.getFileName().toString(), id, line, reference, null, paragraphs));
                }
                id = null;
            } else {
                paragraphs.add(new Paragraph(paragraphs.size(), line, text));
            }
        }
        return articles;
    }
}
