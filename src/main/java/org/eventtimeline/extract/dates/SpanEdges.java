package org.eventtimeline.extract.dates;

/**
 * Reads a sentence around a date span and answers char-level questions that decide, without running them, whether
 * {@link ReportingCue}'s patterns can match there ({@code \s} is the regex's ASCII whitespace).
 */
final class SpanEdges {

    private SpanEdges() {
    }

    /** As {@code ['’]s$} found in the span: it ends in "'s" or "’s", or in that and one final line terminator. */
    static boolean endsPossessive(String text, int start, int end) {
        int last = end;
        if (end - start >= 4 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            last = end - 2;
        } else if (end - start >= 3 && isLineTerminator(text.charAt(end - 1))) {
            if (possessiveAt(text, start, end - 1)) {
                return true;
            }
        }
        return possessiveAt(text, start, last);
    }

    private static boolean possessiveAt(String text, int start, int end) {
        return end - start >= 2 && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’');
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether one of the stems lies wholly inside {@code [from, to)} of the folded text. */
    static boolean holdsStem(String folded, int from, int to, String[] stems) {
        for (String stem : stems) {
            int at = folded.indexOf(stem, from);
            if (at >= 0 && at + stem.length() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a regex whitespace char stands at {@code at}. */
    static boolean startsWithRegexSpace(String text, int at) {
        return at < text.length() && isRegexSpace(text.charAt(at));
    }

    /** Whether, after any whitespace from {@code at}, a comma follows ({@code ^\s*,}). */
    static boolean commaAfterSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    /** Whether the text before {@code start} is blank or its first other char is an o, l or e ("on", "late on"). */
    static boolean mayOpenSentence(String text, int start) {
        int i = 0;
        while (i < start && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i == start || "oOlLeE".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
