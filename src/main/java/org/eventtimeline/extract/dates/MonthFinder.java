package org.eventtimeline.extract.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DateValue;
import org.eventtimeline.extract.AnchoredScan;
import org.eventtimeline.extract.AsciiWords;
import org.eventtimeline.extract.CandidateScan;

/**
 * Reads months without a day ("March 2024", "March to May 2024", "in August", "early March", "last July") and
 * produces MONTH values. A month name that is also a word or a name (March, May, April, June, August) counts
 * alone only after a preposition or a modifier; a missing year comes from the clause tense.
 */
public final class MonthFinder implements DateFinder {

    private static final String MOD = "(?:(?<mod>early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)"
            + "[\\s-]+)?";
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MOD + "(?<m>" + MonthNames.PATTERN + ")"
            + "(?:\\s*(?:-|–|to|through|until|and)\\s*(?<m2>" + MonthNames.PATTERN + "))?"
            + ",?\\s+(?:of\\s+)?(?<y>(?:1[89]|20)\\d{2})(?![\\d,]\\d|s\\b)" + CountNouns.NOT_FOLLOWED);
    private static final Pattern BARE = Pattern.compile("(?i:\\b(?<pre>in|on|since|until|till|by|through|"
            + "throughout|during|before|after|from|of|between|as\\s+of)\\s+)?(?i:" + MOD
            + "(?:(?<rel>last|this|next|past)\\s+)?)(?<m>" + MonthNames.PATTERN + ")(?<name>['’]s\\b|\\s+\\p{Lu}\\p{Ll})?");

    /** Both patterns hold at most six words (a preposition, a modifier, "last") before the month name. */
    private static final int ANCHOR_TOKENS = 8;

    /** The words a match may begin with when it does not begin at its month name (case ignored, a superset). */
    private static final AsciiWords MODIFIERS = new AsciiWords("early", "late", "mid", "the");
    /** The prepositions {@link #BARE} may begin with; a word boundary comes before them. */
    private static final AsciiWords PREPOSITIONS = new AsciiWords("in", "on", "since", "until", "till", "by",
            "through", "during", "before", "after", "from", "of", "between", "as");
    /** The modifiers {@link #BARE} may begin with, with no word boundary asked for ("amid March"). */
    private static final AsciiWords BARE_MODIFIERS = new AsciiWords("early", "late", "mid", "the", "last", "this",
            "next", "past");

    /** Where {@link #MONTH_YEAR} can start: after a word boundary, at a month name or a modifier. */
    private static boolean monthYearStartsAt(String text, int s, int[] months) {
        return Character.isLetter(text.charAt(s)) && mayFollowBoundary(text, s)
                && (java.util.Arrays.binarySearch(months, s) >= 0 || MODIFIERS.startAt(text, s));
    }

    /** Where {@link #BARE} can start: at a month name, a modifier, or a preposition after a word boundary. */
    private static boolean bareStartsAt(String text, int s, int[] months) {
        return Character.isLetter(text.charAt(s)) && (java.util.Arrays.binarySearch(months, s) >= 0
                || BARE_MODIFIERS.startAt(text, s) || mayFollowBoundary(text, s) && PREPOSITIONS.startAt(text, s));
    }

    /** False where {@code \b} cannot hold before the letter at {@code s}: after an ASCII letter, digit or "_". */
    private static boolean mayFollowBoundary(String text, int s) {
        if (s == 0) {
            return true;
        }
        char before = text.charAt(s - 1);
        return !(before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9'
                || before == '_');
    }

    @Override
    public void find(DateContext context, List<DateCandidate> out) {
        int[] months = context.monthPositions();
        if (months.length == 0) {
            return;
        }
        String text = context.text();
        AnchoredScan scan = context.anchoredScan(MONTH_YEAR, months, ANCHOR_TOKENS)
                .startingWhere(s -> monthYearStartsAt(text, s, months));
        while (scan.find()) {
            Matcher m = scan.matcher();
            int year = Integer.parseInt(m.group("y"));
            DateValue value = DateValue.month(year, MonthNames.monthOf(m.group("m")));
            if (m.group("m2") != null) {
                int endMonth = MonthNames.monthOf(m.group("m2"));
                if (endMonth > value.start().getMonthValue()) {
                    value = value.withEnd(value.start().withMonth(endMonth));
                }
            }
            out.add(new DateCandidate(m.start(), m.end(), value));
        }
        AnchoredScan bareScan = context.anchoredScan(BARE, months, ANCHOR_TOKENS)
                .startingWhere(s -> bareStartsAt(text, s, months));
        while (bareScan.find()) {
            Matcher bare = bareScan.matcher();
            String name = bare.group("m");
            String rel = bare.group("rel");
            boolean cued = bare.group("pre") != null || bare.group("mod") != null || rel != null;
            // "January Jones", "May's office": a first or family name, not a month
            boolean named = bare.group("name") != null && (!cued || MonthNames.isAmbiguous(name));
            if (named || (!cued && MonthNames.isAmbiguous(name))) {
                continue;
            }
            int month = MonthNames.monthOf(name);
            int start = bare.group("mod") != null ? bare.start("mod")
                    : rel != null ? bare.start("rel") : bare.start("m");
            int year = rel == null ? YearInference.yearOf(month, 0, context.reference(),
                    context.tenseAt(start, bare.end("m")))
                    : rel.equalsIgnoreCase("this") ? context.reference().getYear()
                    : YearInference.yearOfShifted(month, context.reference(), rel.equalsIgnoreCase("next"));
            out.add(new DateCandidate(start, bare.end("m"), DateValue.month(year, month)));
        }
    }
}
