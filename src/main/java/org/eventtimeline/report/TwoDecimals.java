package org.eventtimeline.report;

import java.util.Locale;

/**
 * Reads a number and produces its text with two decimals and a dot, exactly as
 * {@code String.format(Locale.ROOT, "%.2f", value)} does, formatting each value once: confidences take only a
 * handful of values, and the formatter cost a report writer more than the rest of a cell.
 */
public final class TwoDecimals {

    /** 64 slots, picked by the top six bits of a multiplicative hash. */
    private static final int SLOTS = 64;
    /** Recently formatted values by a hash of their bits; a slot holds one immutable entry, so no lock is needed. */
    private static final Entry[] CACHE = new Entry[SLOTS];

    private record Entry(long bits, String text) {
    }

    private TwoDecimals() {
    }

    /** The value with two decimals, as {@code String.format(Locale.ROOT, "%.2f", value)} gives it. */
    public static String format(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) (bits * 0x9E3779B97F4A7C15L >>> 58);
        Entry entry = CACHE[slot];
        if (entry == null || entry.bits != bits) {
            entry = new Entry(bits, String.format(Locale.ROOT, "%.2f", value));
            CACHE[slot] = entry;
        }
        return entry.text;
    }
}
