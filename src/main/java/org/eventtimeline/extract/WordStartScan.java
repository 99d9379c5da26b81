package org.eventtimeline.extract;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text and a pattern whose every match begins with {@code \b} and a letter, and tells whether
 * {@code find()} would match, trying the pattern only at letters that may start a word instead of at every position.
 */
public final class WordStartScan {

    private WordStartScan() {
    }

    /** The same answer as {@code pattern.matcher(text).find()}, for a pattern that begins with a word boundary and a letter. */
    public static boolean occursIn(Pattern pattern, String text) {
        return occursAt(pattern, text, s -> true, 0);
    }

    /**
     * The same answer as {@code find()}, for a pattern that can only start at a word start ({@link #mayStart}) where
     * {@code starts} also holds; word starts are stepped through by {@link #nextStart}.
     */
    public static boolean occursAtWordStarts(Pattern pattern, String text, IntPredicate starts) {
        return occursAt(pattern, text, starts, 0);
    }

    private static boolean occursAt(Pattern pattern, String text, IntPredicate starts, int from) {
        Matcher matcher = null;
        int length = text.length();
        for (int s = nextStart(text, from); s < length; s = nextStart(text, s + 1)) {
            if (!starts.test(s)) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.region(s, length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The same answer as {@code find()}, for a pattern that can only start where {@code starts} holds. */
    public static boolean occursAt(Pattern pattern, String text, IntPredicate starts) {
        Matcher matcher = null;
        for (int s = 0; s < text.length(); s++) {
            if (!starts.test(s)) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(s, text.length());
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first index at or after {@code from} at which {@link #mayStart} holds, or the text's length: one pass that
     * remembers whether the char before is an ASCII letter, digit or underscore instead of reading it again.
     */
    public static int nextStart(String text, int from) {
        int n = text.length();
        boolean afterWordChar = from > 0 && from <= n && isAsciiWordChar(text.charAt(from - 1));
        for (int at = from; at < n; at++) {
            char c = text.charAt(at);
            if (c < 128) {
                boolean letter = AsciiWords.isAsciiLetter(c);
                if (letter && !afterWordChar) {
                    return at;
                }
                afterWordChar = letter || c >= '0' && c <= '9' || c == '_';
            } else if (Character.isLetter(text.codePointAt(at))) {
                return at;
            } else {
                afterWordChar = false;
            }
        }
        return n;
    }

    private static boolean isAsciiWordChar(char c) {
        return AsciiWords.isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** A letter, unless it is an ASCII letter right after an ASCII letter, digit or underscore (no boundary there). */
    public static boolean mayStart(String text, int at) {
        char c = text.charAt(at);
        if (AsciiWords.isAsciiLetter(c)) {
            if (at == 0) {
                return true;
            }
            char before = text.charAt(at - 1);
            return !(AsciiWords.isAsciiLetter(before) || before >= '0' && before <= '9' || before == '_');
        }
        return c >= 128 && Character.isLetter(text.codePointAt(at));
    }

}
