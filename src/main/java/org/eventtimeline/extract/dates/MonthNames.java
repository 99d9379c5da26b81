package org.eventtimeline.extract.dates;

import java.util.Locale;
import java.util.Set;

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

    private MonthNames() {
    }

    /**
     * The sorted start offsets at which {@link #PATTERN} matches in the text: the anchors of every month pattern.
     * Each offset is checked by hand against the pattern's literal forms ({@link #FORMS}, its optional periods
     * spelled out): it matches when one of them starts there and no letter follows it.
     */
    public static int[] positions(String text) {
        int[] found = NONE;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!matchesAt(text, i)) {
                continue;
            }
            if (n == found.length) {
                found = java.util.Arrays.copyOf(found, Math.max(4, n * 2));
            }
            found[n++] = i;
        }
        return n == found.length ? found : java.util.Arrays.copyOf(found, n);
    }

    private static final int[] NONE = {};

    /** Every string {@link #PATTERN}'s alternatives match before its look-ahead: "Jan\\.?" gives "Jan" and "Jan.". */
    static final String[] FORMS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Jan.", "Feb", "Feb.", "Mar.", "Apr", "Apr.", "Jun.",
        "Jul.", "Aug", "Aug.", "Sept", "Sept.", "Sep.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec."};

    /** {@link #FORMS} by their first char. */
    private static final String[][] FORMS_BY_FIRST = new String[128][];

    static {
        for (String form : FORMS) {
            String[] bucket = FORMS_BY_FIRST[form.charAt(0)];
            bucket = bucket == null ? new String[1] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
            bucket[bucket.length - 1] = form;
            FORMS_BY_FIRST[form.charAt(0)] = bucket;
        }
    }

    /** As {@code lookingAt} of {@link #PATTERN} at {@code at} with transparent bounds. */
    static boolean matchesAt(String text, int at) {
        char c = text.charAt(at);
        String[] forms = c < 128 ? FORMS_BY_FIRST[c] : null;
        if (forms == null) {
            return false;
        }
        for (String form : forms) {
            if (text.startsWith(form, at)) {
                int next = at + form.length();
                if (next == text.length() || !Character.isLetter(text.codePointAt(next))) {
                    return true;
                }
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
