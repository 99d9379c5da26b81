package org.eventtimeline.extract.gazetteer;

import java.util.Collection;

/**
 * Reads the keys of a lookup (lower-cased names) and tells from a span of text whether its key may be one of them: a
 * bit per hash code of the keys, so most unknown words are ruled out without building their key. Spans holding a
 * non-ASCII char are always let through (their lower-casing is left to the lookup).
 */
final class KeyFilter {

    private final long[] bits;
    private final int mask;

    KeyFilter(Collection<String> keys) {
        int size = Integer.highestOneBit(Math.max(64, keys.size() * 16));
        this.bits = new long[size / 64];
        this.mask = size - 1;
        for (String key : keys) {
            int slot = slot(key.hashCode());
            bits[slot >>> 6] |= 1L << slot;
        }
    }

    /** False only when the key of text[start, end) (ASCII letters lower-cased) is surely not one of the keys. */
    boolean mayHold(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return true;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        int slot = slot(hash);
        return (bits[slot >>> 6] & (1L << slot)) != 0;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 7) & mask;
    }
}
