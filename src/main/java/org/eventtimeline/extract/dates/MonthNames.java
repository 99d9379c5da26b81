package org.eventtimeline.extract.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads English month names and abbreviations ("March", "Mar.", "Sept") and gives their month number. */
public final class MonthNames {

    /** Regex alternation of month names, full names first; capitalised only ("may" is a modal verb). */
    public static final String PATTERN = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)(?![\\p{L}])";

    /** Month names that are also common words or first names; alone they need a cue to count as months. */
    private static final Set<String> AMBIGUOUS = Set.of("march", "may", "april", "june", "august", "mar", "jun",
            "aug");

    private static final String[] PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    /** Every alternative of {@link #PATTERN} starts with one of these (case-sensitive) prefixes. */
    private static final String[] CAPITALISED = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    private static final Pattern TOKEN = Pattern.compile(PATTERN);

    private MonthNames() {
    }

    /** The sorted start offsets at which {@link #PATTERN} matches in the text: the anchors of every month pattern. */
    public static int[] positions(String text) {
        int[] found = new int[4];
        int n = 0;
        Matcher m = null;
        for (int i = 0; i < text.length(); i++) {
            if ("JFMASOND".indexOf(text.charAt(i)) < 0 || !startsWithPrefix(text, i)) {
                continue;
            }
            if (m == null) {
                m = TOKEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** Whether one of {@link #CAPITALISED} starts at {@code at}: every alternative of {@link #PATTERN} does. */
    private static boolean startsWithPrefix(String text, int at) {
        for (String prefix : CAPITALISED) {
            if (text.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    /** False when the text holds no month name at all, so no pattern built on {@link #PATTERN} can match it. */
    public static boolean mayOccur(String text) {
        for (String prefix : CAPITALISED) {
            if (text.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The month number 1-12 of a name matched by {@link #PATTERN}. */
    public static int monthOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < PREFIXES.length; i++) {
            if (key.startsWith(PREFIXES[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** True for names (and abbreviations written without a period) that need a cue ("in", "early", a day or a year) before they count as a month. */
    public static boolean isAmbiguous(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        // a bare abbreviation without its period ("Ajmal Jan") is a name far more often than a month
        return AMBIGUOUS.contains(key.replace(".", "")) || (key.length() <= 4 && !key.endsWith(".")
                && !key.equals("july"));
    }
}
