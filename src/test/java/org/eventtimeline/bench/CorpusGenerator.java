package org.eventtimeline.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a size, a seed and a format and writes that many bytes of synthetic English news: one paragraph per line
 * ({@code txt}) or JSON Lines articles of three to six paragraphs ({@code jsonl}). Same seed, byte-identical output.
 * <p>Usage: {@code CorpusGenerator OUTPUT SIZE_MB [SEED] [txt|jsonl]}; a megabyte is 1,000,000 bytes.
 */
public final class CorpusGenerator {

    /** Output layouts the job reads. */
    public enum Format { TXT, JSONL }

    private static final LocalDate FIRST_ARTICLE_DATE = LocalDate.of(2025, 1, 1);
    private static final int ARTICLE_DATE_SPAN_DAYS = 87;

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUTPUT SIZE_MB [SEED] [txt|jsonl]");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        long bytes = Math.round(Double.parseDouble(args[1]) * 1_000_000d);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Format format = args.length > 3 ? Format.valueOf(args[3].toUpperCase(Locale.ROOT))
                : output.toString().endsWith(".jsonl") ? Format.JSONL : Format.TXT;
        long written = write(output, bytes, seed, format);
        System.out.printf(Locale.ROOT, "wrote %,d bytes of %s to %s%n", written, format, output);
    }

    /** Writes at least {@code targetBytes} (at most one item more) and returns the bytes written. */
    public static long write(Path output, long targetBytes, long seed, Format format) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            return write(out, targetBytes, seed, format);
        }
    }

    /** Writes items to the stream until at least {@code targetBytes} are out; returns the bytes written. */
    public static long write(OutputStream out, long targetBytes, long seed, Format format) throws IOException {
        NewsWriter writer = new NewsWriter(seed);
        long written = 0;
        int item = 0;
        while (written < targetBytes) {
            item++;
            String line = format == Format.TXT ? paragraphLine(writer) : articleLine(writer, item);
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
        }
        return written;
    }

    /** Paragraphs (the lines of a {@code txt} corpus) adding up to at least {@code targetBytes} of UTF-8. */
    public static List<String> paragraphs(long targetBytes, long seed) {
        NewsWriter writer = new NewsWriter(seed);
        List<String> paragraphs = new ArrayList<>();
        long bytes = 0;
        while (bytes < targetBytes) {
            String line = paragraphLine(writer);
            paragraphs.add(line);
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return paragraphs;
    }

    private static String paragraphLine(NewsWriter writer) {
        writer.newScene();
        return writer.paragraph(writer.kind(), writer.nextInt(5) != 0);
    }

    private static String articleLine(NewsWriter writer, int item) {
        writer.newScene();
        NewsTemplates.Kind kind = writer.kind();
        LocalDate date = FIRST_ARTICLE_DATE.plusDays(writer.nextInt(ARTICLE_DATE_SPAN_DAYS + 1));
        String title = writer.headline(kind);
        int count = 3 + writer.nextInt(4);
        StringBuilder text = new StringBuilder(count * 400);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append('\n');
            }
            boolean secondEvent = i > 0 && writer.nextInt(10) < 3;
            text.append(writer.paragraph(secondEvent ? writer.kind() : kind, i == 0 || secondEvent));
        }
        return "{\"id\":\"bench-" + String.format(Locale.ROOT, "%07d", item) + "\",\"date\":\"" + date
                + "\",\"title\":" + json(title) + ",\"text\":" + json(text.toString()) + "}";
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
