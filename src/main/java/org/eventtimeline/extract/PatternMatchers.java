package org.eventtimeline.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds one matcher per pattern for the sentences of one document, so that a stage resets a matcher per sentence
 * instead of building a new one (a reset matcher behaves as a new one, without allocating its group arrays again);
 * not shared between threads, nor for two scans of the same pattern at once.
 */
public final class PatternMatchers {

    private final Map<Pattern, Matcher> byPattern = new IdentityHashMap<>();

    /** The matcher of the pattern, reset to the text. */
    public Matcher on(Pattern pattern, String text) {
        Matcher matcher = byPattern.get(pattern);
        if (matcher == null) {
            matcher = pattern.matcher(text);
            byPattern.put(pattern, matcher);
            return matcher;
        }
        return matcher.reset(text);
    }
}
