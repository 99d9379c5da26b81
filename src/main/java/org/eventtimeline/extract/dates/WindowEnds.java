package org.eventtimeline.extract.dates;

import org.eventtimeline.extract.AsciiWords;

/**
 * Reads a window of a sentence and gives where its trailing whitespace begins: the only place where the last
 * literal of a {@code ...\s*$} pattern run over that window can end ({@code $} also stands before a final line
 * terminator), so a pattern whose last char is not there is not run at all.
 */
final class WindowEnds {

    private WindowEnds() {
    }

    /** The offset in {@code [from, to]} where the run of regex whitespace and line terminators ending at {@code to} begins. */
    static int beforeTrailingSpace(String text, int from, int to) {
        int i = to;
        while (i > from && isSpaceOrTerminator(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The offset in {@code [from, end]} where the run of ASCII letters ending at {@code end} begins. */
    static int letterRunStart(String text, int from, int end) {
        int i = end;
        while (i > from && AsciiWords.isAsciiLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpaceOrTerminator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
