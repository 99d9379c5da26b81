package org.eventtimeline.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DateValue;
import org.eventtimeline.extract.AnchoredScan;
import org.eventtimeline.extract.AsciiWords;
import org.eventtimeline.extract.CandidateScan;
import org.eventtimeline.extract.Tense;

/**
 * Reads weekday names ("on Friday", "Tuesday night", "Friday's attack", "late Sunday", "last Friday") and resolves
 * them by the tense of their clause, as news writes them: past or present -> the latest such day on or before the
 * reference date; future -> the first on or after it. "last X" is strictly before, "next X" strictly after.
 */
public final class WeekdayResolver implements DateFinder {

    private static final Pattern WEEKDAY = Pattern.compile("(?:(?<mod>(?i:last|this\\s+past|this|next|past|early|"
            + "late|earlier|later))\\s+(?:on\\s+)?)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:(?<poss>['’]s)|(?![\\p{L}-]))(?:\\s+(?:morning|afternoon|evening|night|overnight)\\b)?");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:Bloody|Black|Super|Cyber|Easter|Palm|Ash|"
            + "Holy|Manic|every|Every|on\\s+a|of\\s+a)\\s+$");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(?:[Ss]chool|Mosque|mosque|Times|Telegraph|"
            + "Mail|Express|Mirror|Herald|Independent|Post|Night\\s+Live|Morning\\s+Post|Sport)\\b");

    /** The anchors of {@link #WEEKDAY} are the day names, these followed by "day"; at most three words ("this past
     * on") come before them. */
    private static final String[] DAY_NAME_STEMS = {"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"};

    /** The words a match begins with when it does not begin at its day name (case ignored). */
    private static final AsciiWords MODIFIERS = new AsciiWords("last", "this", "next", "past", "early", "late",
            "earlier", "later");

    @Override
    public void find(DateContext context, List<DateCandidate> out) {
        String text = context.text();
        int[] days = dayNamePositions(text);
        if (days.length == 0) {
            return;
        }
        AnchoredScan scan = context.anchoredScan(WEEKDAY, days, 6)
                .startingWhere(s -> Character.isLetter(text.charAt(s)) && (java.util.Arrays.binarySearch(days, s) >= 0
                        || MODIFIERS.startAt(text, s)));
        while (scan.find()) {
            Matcher m = scan.matcher();
            int wdStart = m.start("wd");
            // "the Sunday before the election" points elsewhere than the reference week
            if (m.group("mod") == null && articleBefore(text, m.start()) || nameBefore(text, wdStart)
                    || nameAfter(text, m.end("wd"))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
            LocalDate ref = context.reference();
            LocalDate date;
            if (mod.equals("last")) {
                date = ref.with(TemporalAdjusters.previous(day));
            } else if (mod.equals("next")) {
                date = ref.with(TemporalAdjusters.next(day));
            } else if (mod.contains("past")) {
                date = ref.with(TemporalAdjusters.previousOrSame(day));
            } else {
                Tense tense = context.tenseAt(m.start(), m.end());
                date = tense == Tense.FUTURE ? ref.with(TemporalAdjusters.nextOrSame(day))
                        : ref.with(TemporalAdjusters.previousOrSame(day));
            }
            out.add(new DateCandidate(m.start(), m.end(), DateValue.day(date)));
        }
    }

    /** As {@link #ARTICLE_BEFORE} found in the 12 chars before {@code at}; run only where they end in "the". */
    private static boolean articleBefore(String text, int at) {
        int from = Math.max(0, at - 12);
        int end = WindowEnds.beforeTrailingSpace(text, from, at);
        return end - from >= 3 && (text.startsWith("the", end - 3) || text.startsWith("The", end - 3))
                && ARTICLE_BEFORE.matcher(text.substring(from, at)).find();
    }

    /** As {@link #NAME_BEFORE} found in the 12 chars before {@code at}; run only where they end as one of its words. */
    private static boolean nameBefore(String text, int at) {
        int from = Math.max(0, at - 12);
        int end = WindowEnds.beforeTrailingSpace(text, from, at);
        return end > from && NAME_LAST_LETTERS.indexOf(text.charAt(end - 1)) >= 0
                && NAME_BEFORE.matcher(text.substring(from, at)).find();
    }

    /** The last letter of every alternative of {@link #NAME_BEFORE} ("Bloody", "Palm", "on a"...). */
    private static final String NAME_LAST_LETTERS = "ykrmhca";

    /** As {@link #NAME_AFTER} found in the text after {@code at} ("Sunday Times"), without copying that text. */
    private static boolean nameAfter(String text, int at) {
        if (at >= text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        return NAME_AFTER.matcher(text).region(at, text.length()).lookingAt();
    }

    /** The sorted offsets where a day name ("Monday") starts: each "day" of the text, checked for a stem before it. */
    static int[] dayNamePositions(String text) {
        int[] found = new int[2];
        int n = 0;
        for (int at = text.indexOf("day", 3); at >= 0; at = text.indexOf("day", at + 1)) {
            for (String stem : DAY_NAME_STEMS) {
                int start = at - stem.length();
                if (start >= 0 && text.startsWith(stem, start)) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = start;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }
}
