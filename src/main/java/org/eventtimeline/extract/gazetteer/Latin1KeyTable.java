package org.eventtimeline.extract.gazetteer;

import java.util.Map;

/**
 * Reads a map keyed by lower-cased names and finds a value by a span of Latin-1 text (chars below 256, as "Bogotá")
 * whose chars lower-case to its key, compared in place: no substring, no lower-cased copy. Open addressing over the
 * keys' {@code String} hash codes.
 */
final class Latin1KeyTable<V> {

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    Latin1KeyTable(Map<String, V> byKey) {
        int size = Integer.highestOneBit(Math.max(4, byKey.size() * 3) - 1) << 1;
        this.hashes = new int[size];
        this.keys = new String[size];
        this.values = new Object[size];
        this.mask = size - 1;
        byKey.forEach((key, value) -> {
            if (key.chars().allMatch(c -> c < 256)) { // a Latin-1 span lower-cases to Latin-1 chars only
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
     * As {@code byKey.get(text.substring(start, end).toLowerCase(Locale.ROOT))} for a span of Latin-1 chars only
     * (each lower-cases on its own, to a Latin-1 char); null when no key matches.
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

    /** Whether the text is Latin-1 from start to end, the spans {@link #get} reads. */
    static boolean isLatin1(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 256) {
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
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 11) & mask;
    }
}
