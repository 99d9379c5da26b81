package org.eventtimeline.extract.gazetteer;

import java.util.Map;

/**
 * Reads a map keyed by lower-cased names and finds a value by a span of ASCII text whose letters lower-case to its
 * key, compared in place: no substring, no lower-cased copy. Open addressing over the keys' {@code String} hash codes.
 */
final class AsciiKeyTable<V> {

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    AsciiKeyTable(Map<String, V> byKey) {
        int size = Integer.highestOneBit(Math.max(4, byKey.size() * 3) - 1) << 1;
        this.hashes = new int[size];
        this.keys = new String[size];
        this.values = new Object[size];
        this.mask = size - 1;
        byKey.forEach((key, value) -> {
            if (key.chars().allMatch(c -> c < 128)) { // only an all-ASCII key can equal a lower-cased ASCII span
                int slot = slot(key.hashCode());
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = key.hashCode();
                keys[slot] = key;
                values[slot] = value;
            }
        });
    }

    /**
     * As {@code byKey.get(text.substring(start, end).toLowerCase(Locale.ROOT))} for a span of ASCII chars only; null
     * when no key matches.
     */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + lower(text.charAt(i));
        }
        int length = end - start;
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameKey(keys[slot], text, start, length)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Whether the text is ASCII from start to end, the spans {@link #get} reads. */
    static boolean isAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameKey(String key, String text, int start, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 11) & mask;
    }
}
