package org.eventtimeline.progress;

import java.time.Duration;
import java.util.Locale;

/** Formats progress figures (bytes, items, events, elapsed time) as one line with a rate and an ETA. */
public final class ProgressLine {

    private static final double MB = 1024.0 * 1024.0;

    private ProgressLine() {
    }

    public static String format(long bytesRead, long totalBytes, long items, long events, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = bytesRead / MB / seconds;
        String eta = bytesRead <= 0 ? "?" : formatDuration(Duration.ofMillis(
                (long) ((totalBytes - Math.min(bytesRead, totalBytes)) * (seconds * 1000.0 / bytesRead))));
        return String.format(Locale.ROOT, "%.1f/%.1f MB (%d%%), %d items, %d events, %.1f MB/s, ETA %s",
                bytesRead / MB, totalBytes / MB, Math.min(100, bytesRead * 100 / Math.max(1, totalBytes)), items,
                events, rate, eta);
    }

    /** A text bar of the given width, e.g. {@code [#####.....]}. */
    public static String bar(long done, long total, int width) {
        int filled = (int) Math.min(width, done * width / Math.max(1, total));
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    static String formatDuration(Duration duration) {
        long s = duration.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
