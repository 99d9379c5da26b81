package org.eventtimeline.extract.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.AsciiWords;

/**
 * Reads the words around a date in a sentence and tells whether the date attaches to a speech act ("said on
 * Tuesday", "told reporters Monday", "in a statement released Friday", "yesterday said", "On Saturday, the
 * ministry said") rather than to the event itself.
 */
public final class ReportingCue {

    private static final String SPEECH = "(?:said|says|told|tells|announced|announces|stated|reported|added|"
            + "confirmed|confirms|declared|claimed|denied|warned|explained|noted|wrote|tweeted|posted|"
            + "acknowledged|insisted|argued|urged|revealed|disclosed|reiterated|commented|remarked|replied|"
            + "responded|testified|asserted|alleged|admitted|conceded|predicted|vowed|pledged|promised|demanded|"
            + "briefed|informed|notified|called\\s+on|appealed|issued\\s+a\\s+statement)";
    private static final String NAMED = "(?:(?:the\\s+)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,4})";
    private static final String MEDIUM = "(?:(?:in|during|at|via)\\s+(?:a|an|the|his|her|its|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:statement|interview|briefing|speech|address|conference|post|message|"
            + "video|letter|e-?mail|tweet|report|release|appearance|hearing|communiqu[ée])\\s+"
            + "|to\\s+(?:reporters|journalists|the\\s+press|lawmakers|parliament)\\s+|to\\s+" + NAMED
            + "|on\\s+(?:its|his|her|their)\\s+(?:website|Twitter|X|Facebook|Telegram|account|page|channel)\\s+"
            + "|(?<=told\\s)(?:(?!(?:he|she|they|it|we|I|you|that|on)\\s)[\\p{L}.'’&-]+\\s+){1,3}|" + NAMED + ")";
    private static final Pattern BEFORE = Pattern.compile("(?i:(?<!\\b(?:was|were|been|being|be|is|are)\\s)\\b" + SPEECH
            + ")\\s+(?:" + MEDIUM + ")?"
            + "(?:(?i:on)\\s+)?$");
    private static final Pattern STATEMENT_BEFORE = Pattern.compile("(?i)\\b(?:statement|announcement|release|"
            + "communiqu[ée]|briefing|news\\s+conference|press\\s+conference|interview)\\s+(?:(?:released|issued|"
            + "posted|published|made|given|held|sent)\\s+)?(?:on\\s+)?$");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s+(?i:" + SPEECH + ")\\b");
    private static final Pattern OPENER_BEFORE = Pattern.compile("^\\s*(?:(?i:on|late\\s+on|early\\s+on))?\\s*$");
    private static final Pattern SUBJECT_SPEECH_AFTER = Pattern.compile("^\\s*,\\s+(?:[\\p{L}.'’-]+\\s+){1,4}?"
            + "(?i:" + SPEECH + ")\\b");

    /** Every alternative of {@link #SPEECH} starts with one of these. */
    private static final AsciiWords SPEECH_STEMS = new AsciiWords("said", "says", "told", "tells", "announc", "stated",
            "reported", "added", "confirm", "declared", "claimed", "denied", "warned", "explained", "noted", "wrote",
            "tweeted", "posted", "acknowledged", "insisted", "argued", "urged", "revealed", "disclosed", "reiterated",
            "commented", "remarked", "replied", "responded", "testified", "asserted", "alleged", "admitted", "conceded",
            "predicted", "vowed", "pledged", "promised", "demanded", "briefed", "informed", "notified", "called",
            "appealed", "issued");
    /** Every alternative of the noun in {@link #STATEMENT_BEFORE} starts with one of these. */
    private static final String[] STATEMENT_STEMS = {"statement", "announcement", "release", "communiqu", "briefing",
        "conference", "interview"};

    /**
     * Whether {@link #BEFORE} matches the window {@code before}, which starts at {@code windowStart} of the text: its
     * match starts at a speech verb after a word boundary, so only the window's first char and the sentence's word
     * starts holding a stem are tried (ASCII case ignored, as the pattern ignores it). The window's first char needs
     * no boundary before it: the pattern, run on the window alone, sees no char there.
     */
    private static boolean speechBefore(DateContext context, String before, int windowStart) {
        String text = context.text();
        int end = windowStart + before.length();
        if (windowStart < end && AsciiWords.isAsciiLetter(text.charAt(windowStart)) && SPEECH_STEMS.startAt(text, windowStart)
                && speechAt(before, 0)) {
            return true;
        }
        SpeechStems stems = context.speechStems(SPEECH_STEMS);
        for (int p = stems.first(windowStart + 1, end); p >= 0; p = stems.first(p + 1, end)) {
            if (speechAt(before, p - windowStart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean speechAt(String before, int at) {
        return BEFORE.matcher(before).useTransparentBounds(true).useAnchoringBounds(false).region(at, before.length())
                .lookingAt();
    }

    /** True when the date at {@code [start, end)} of {@code text} dates a speech act. */
    public boolean isReporting(String text, int start, int end) {
        return isReporting(new DateContext(text, null, null), start, end);
    }

    /** True when the date at {@code [start, end)} of the context's sentence dates a speech act. */
    public boolean isReporting(DateContext context, int start, int end) {
        String text = context.text();
        if (SpanEdges.endsPossessive(text, start, end)) {
            return false;
        }
        int windowStart = Math.max(0, start - 80);
        String before = text.substring(windowStart, start);
        // the two "before" patterns need one of their literal words in the (folded) window
        String folded = context.folded();
        if (speechBefore(context, before, windowStart)
                || SpanEdges.holdsStem(folded, windowStart, start, STATEMENT_STEMS)
                        && STATEMENT_BEFORE.matcher(before).find()
                || SpanEdges.startsWithRegexSpace(text, end) && speechAfter(text, end)) {
            return true;
        }
        return SpanEdges.commaAfterSpaces(text, end) && SpanEdges.mayOpenSentence(text, start)
                && OPENER_BEFORE.matcher(text).region(0, start).matches() && lookingAt(SUBJECT_SPEECH_AFTER, text, end);
    }

    /** As {@link #SPEECH_AFTER} at {@code at}, run only where a stem follows the spaces (its verb starts there). */
    private static boolean speechAfter(String text, int at) {
        int i = at;
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && SPEECH_STEMS.startAt(text, i) && lookingAt(SPEECH_AFTER, text, at);
    }

    /** As {@code pattern.matcher(text.substring(from)).lookingAt()}, without the copy. */
    private static boolean lookingAt(Pattern pattern, String text, int from) {
        return pattern.matcher(text).region(from, text.length()).lookingAt();
    }
}
