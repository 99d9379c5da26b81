package org.eventtimeline.devset;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted value ("Barack Obama", "Croydon") with a gold phrase ("President Obama", "in a tunnel near
 * Croydon") by their content words, case-insensitively: containment (all words of one are in the other) or overlap
 * (at least one shared word).
 */
final class GoldPhraseMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "in", "at", "on", "near", "to",
            "and", "or", "for", "from", "by", "with", "its", "his", "her", "their", "s", "mr", "mrs", "ms");

    private GoldPhraseMatcher() {
    }

    /** True when every content word of the value is in the phrase or every content word of the phrase in the value. */
    static boolean contains(String value, String phrase) {
        Set<String> valueWords = words(value);
        Set<String> phraseWords = words(phrase);
        if (valueWords.isEmpty() || phraseWords.isEmpty()) {
            return false;
        }
        return phraseWords.containsAll(valueWords) || valueWords.containsAll(phraseWords);
    }

    /** True when value and phrase share at least one content word. */
    static boolean overlaps(String value, String phrase) {
        Set<String> shared = words(value);
        shared.retainAll(words(phrase));
        return !shared.isEmpty();
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!STOP_WORDS.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }
}
