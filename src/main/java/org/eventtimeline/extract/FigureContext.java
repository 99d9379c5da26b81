package org.eventtimeline.extract;

import java.util.regex.Pattern;

/** Reads the text around a casualty figure: whether its clause ends freely, or a month or "other" precedes it. */
final class FigureContext {

    private static final Pattern FREE_END = Pattern.compile("(?iU)^(?:\\s*(?:[,.;:!?)\"”’—–]|$)"
            + "|\\s+(?:and|or|but|in|at|on|after|as|when|while|during|near|since|last|this|overnight|so"
            + "|including|among|inside|outside"
            + "|across|amid|before|following|with|from|yesterday|today|tonight|early|late|earlier|according|over"
            + "|around|within|throughout|between|by|off|along|aboard|because|were|was|had|have|has|are|is"
            + "|(?:mon|tues|wednes|thurs|fri|satur"
            + "|sun)day|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)\\b)");
    private static final Pattern REST_OF = Pattern.compile("(?i)\\b(?:other|remaining)\\s+$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept"
            + "|oct|nov|dec)[a-z]*\\.?\\s+$");

    private FigureContext() {
    }

    /**
     * Whether the clause is free after the figure (punctuation, end, or a word like "in", "after"): {@link #FREE_END}
     * on the rest of the sentence, where its {@code ^} holds only at the start.
     */
    static boolean freeEnd(String text, int end) {
        return FREE_END.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether "other" or "remaining" ends the text before {@code whoStart}: {@link #REST_OF} on that text, searched
     * only from a few chars before its trailing spaces, where a match must begin.
     */
    static boolean restOfBefore(String text, int whoStart) {
        int spaces = spacesBefore(text, whoStart);
        return REST_OF.matcher(text).useTransparentBounds(true).region(Math.max(0, spaces - 12), whoStart).find();
    }

    /**
     * Whether a month name ends the text before {@code whoStart} ("on March 12"): {@link #MONTH_BEFORE} on that text,
     * searched only from just before the ASCII letters ahead of its trailing dot and spaces, where a match must begin.
     */
    static boolean monthBefore(String text, int whoStart) {
        int word = spacesBefore(text, whoStart);
        if (word > 0 && text.charAt(word - 1) == '.') {
            word--;
        }
        while (word > 0 && ((text.charAt(word - 1) | 32) >= 'a' && (text.charAt(word - 1) | 32) <= 'z')) {
            word--;
        }
        return MONTH_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, word - 2), whoStart).find();
    }

    /** Where the run of spaces (any char up to {@code ' '}, or a line separator) ending at {@code end} begins. */
    private static int spacesBefore(String text, int end) {
        int spaces = end;
        while (spaces > 0 && (text.charAt(spaces - 1) <= ' ' || text.charAt(spaces - 1) == '\u0085'
                || text.charAt(spaces - 1) == '\u2028' || text.charAt(spaces - 1) == '\u2029')) {
            spaces--;
        }
        return spaces;
    }
}
