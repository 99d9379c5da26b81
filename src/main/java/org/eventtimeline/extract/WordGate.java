package org.eventtimeline.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a sentence's words once into a hashed set, so that a costly pattern runs only on sentences holding one of the
 * words it needs ("said", "police", "President"): most sentences hold none, and a lookup is far cheaper than a scan.
 */
public final class WordGate {

    private final Set<String> words = new HashSet<>();

    public WordGate(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }

    /** Whether the sentence holds any of the lower-case words. */
    public boolean any(Set<String> wanted) {
        for (String word : words) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
