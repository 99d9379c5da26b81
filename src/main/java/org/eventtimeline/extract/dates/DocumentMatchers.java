package org.eventtimeline.extract.dates;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the patterns the date finders run over a document's sentences and keeps one matcher per pattern, handed out
 * reset to the sentence at hand: a reset matcher behaves as a new one, without allocating its group arrays again.
 * Not for use by two threads, nor for two scans of the same pattern at once.
 */
public final class DocumentMatchers {

    private final Map<Pattern, Matcher> byPattern = new IdentityHashMap<>();

    /** The document's matcher of the pattern, reset to the text. */
    public Matcher over(Pattern pattern, String text) {
        Matcher matcher = byPattern.get(pattern);
        if (matcher == null) {
            matcher = pattern.matcher(text);
            byPattern.put(pattern, matcher);
            return matcher;
        }
        return matcher.reset(text);
    }
}
