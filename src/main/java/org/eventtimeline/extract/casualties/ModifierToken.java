package org.eventtimeline.extract.casualties;

import java.util.Set;

/**
 * Reads a whitespace-delimited token of a sentence and tells whether it may be a modifier of a single person
 * ("a <b>17-year-old</b> boy"): false only where the noun phrases' modifier cannot match it, because it holds a
 * char other than a letter, a digit, {@code '}, {@code ’}, {@code .} or {@code -}, begins with none of the first
 * two, or is a stop word.
 */
final class ModifierToken {

    private static final Set<String> STOP_WORDS = Set.of(NounPhrases.STOP_WORDS.split("\\|"));

    private ModifierToken() {
    }

    /**
     * Whether chars [{@code start}, {@code end}) of the sentence, followed by a space, may be a modifier; the
     * {@link Starts#fold folded} copy is compared with the stop words.
     */
    static boolean mayBe(String text, String folded, int start, int end) {
        if (start >= end) {
            return false;
        }
        char first = text.charAt(start);
        if (!Character.isLetterOrDigit(first) && !Character.isSurrogate(first)) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isSurrogate(c) && c != '\'' && c != '’' && c != '.'
                    && c != '-') {
                return false;
            }
        }
        return end - start > 7 || !STOP_WORDS.contains(folded.substring(start, end));
    }
}
