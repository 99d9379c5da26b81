package org.eventtimeline.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DateValue;
import org.eventtimeline.extract.Tense;
import org.eventtimeline.extract.AnchoredScan;
import org.eventtimeline.extract.AsciiWords;
import org.eventtimeline.extract.CandidateScan;
import org.eventtimeline.extract.TextFold;
import org.eventtimeline.extract.WordStartScan;

/**
 * Reads dates relative to the reference date ("yesterday", "tonight", "last night", "last month", "earlier this
 * week", "two days ago", "a year ago", "the end of the year") and resolves them. Weeks and weekends become DAY ranges: "this week" runs
 * from its Monday to the reference date (to its Sunday in a future clause or after "later"), "last week" from Monday to Sunday of the week before.
 */
public final class RelativeDateResolver implements DateFinder {

    private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final Pattern DAY_WORDS = Pattern.compile("(?i)\\b(?:(?<before>the\\s+day\\s+before\\s+)?"
            + "(?<yesterday>yesterday)" + PART + "|(?<after>the\\s+day\\s+after\\s+)?(?<tomorrow>tomorrow)" + PART
            + "|(?<!USA\\s)(?<today>(?:(?:earlier|later)\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening))"
            + "|(?<lastnight>last\\s+night))\\b");
    private static final Pattern PERIOD = Pattern.compile("(?i)(?<!\\bthe\\s)(?<!\\bthe\\s\\s)\\b"
            + "(?:(?<mod>early|late|earlier|later|mid)[\\s-]+)?(?<rel>last|this|next)\\s+"
            + "(?:(?:fiscal|financial)\\s+)?(?<unit>week|weekend|month|year)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(?<n>\\d{1,3}|an?|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+(?<unit>day|week|month|"
            + "year|decade)s?\\s+ago\\b");
    private static final Pattern YEAR_EDGE = Pattern.compile("(?i)\\b(?:the\\s+)?(?<edge>end|beginning|start)"
            + "\\s+of\\s+(?:the\\s+)?year\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50));

    @Override
    public void find(DateContext context, List<DateCandidate> out) {
        // each pattern needs one of its literal words; the folded text holds every case-insensitive match
        String folded = context.folded();
        if (TextFold.firstIndex(folded, DAY_WORDS_ALONE) >= 0 || FoldedPairs.occurs(folded, "last", "night")
                || FoldedPairs.occurs(folded, "this", "morning", "afternoon", "evening")) {
            dayWords(context, out);
        }
        int[] relations = FoldedPairs.positions(folded, PERIOD_RELATIONS, "week", "month", "year", "fiscal",
                "financial");
        if (relations.length > 0) {
            periods(context, relations, out);
        }
        if (folded.contains("year") && FoldedPairs.occursAny(folded, YEAR_EDGES, "of")) {
            yearEdges(context, out);
        }
        if (folded.contains("ago")) {
            agos(context, out);
        }
    }

    /** Each pattern needs one of its words in the folded text: these alone, or a pair ("last night", "this week"). */
    private static final String[] DAY_WORDS_ALONE = {"yesterday", "tomorrow", "today", "tonight"};
    private static final String[] PERIOD_RELATIONS = {"last", "this", "next"};
    private static final String[] YEAR_EDGES = {"end", "beginning", "start"};

    /** The words (or prefixes) each pattern's matches begin with, after a word boundary. */
    private static final AsciiWords DAY_FIRST_WORDS = new AsciiWords("the", "yesterday", "tomorrow", "earlier", "later",
            "today", "tonight", "this", "last");
    private static final AsciiWords PERIOD_FIRST_WORDS = new AsciiWords("early", "late", "earlier", "mid", "last",
            "this", "next");
    private static final AsciiWords AGO_FIRST_WORDS = new AsciiWords("a", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty");
    private static final AsciiWords EDGE_FIRST_WORDS = new AsciiWords("the", "end", "beginning", "start");

    /** A scan trying only word starts that begin with one of the words (or, if asked, an ASCII digit). */
    private static CandidateScan wordScan(Pattern pattern, String text, AsciiWords firstWords, boolean digits) {
        return new CandidateScan(pattern, text, s -> digits && text.charAt(s) >= '0' && text.charAt(s) <= '9'
                || WordStartScan.mayStart(text, s) && firstWords.startAt(text, s));
    }

    private static void dayWords(DateContext context, List<DateCandidate> out) {
        LocalDate ref = context.reference();
        CandidateScan scan = wordScan(DAY_WORDS, context.text(), DAY_FIRST_WORDS, false);
        while (scan.find()) {
            Matcher m = scan.matcher();
            LocalDate day;
            if (m.group("yesterday") != null) {
                day = ref.minusDays(m.group("before") != null ? 2 : 1);
            } else if (m.group("tomorrow") != null) {
                day = ref.plusDays(m.group("after") != null ? 2 : 1);
            } else {
                day = m.group("lastnight") != null ? ref.minusDays(1) : ref;
            }
            out.add(new DateCandidate(m.start(), m.end(), DateValue.day(day)));
        }
    }

    /** The longest modifier of {@link #PERIOD} ("earlier"); it ends where the run of spaces and hyphens before the relation begins. */
    private static final int LONGEST_PERIOD_MODIFIER = 7;

    /**
     * Tries {@link #PERIOD} only at its relation words ({@code relations}: "last", "this", "next" before a unit) and
     * at the modifier that may stand just before one, across the spaces and hyphens between them.
     */
    private static void periods(DateContext context, int[] relations, List<DateCandidate> out) {
        LocalDate ref = context.reference();
        String text = context.text();
        AnchoredScan scan = new AnchoredScan(context.matcher(PERIOD), text, relations,
                relation -> Math.max(0, spaceOrHyphenRunStart(text, relation) - LONGEST_PERIOD_MODIFIER))
                .startingWhere(s -> WordStartScan.mayStart(text, s) && PERIOD_FIRST_WORDS.startAt(text, s));
        while (scan.find()) {
            Matcher p = scan.matcher();
            String rel = p.group("rel").toLowerCase(Locale.ROOT);
            int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            String mod = p.group("mod") == null ? "" : p.group("mod").toLowerCase(Locale.ROOT);
            DateValue value = switch (p.group("unit").toLowerCase(Locale.ROOT)) {
                case "week" -> week(ref, shift, mod.startsWith("later")
                        || (mod.isEmpty() && context.tenseAt(p.start(), p.end()) == Tense.FUTURE));
                case "weekend" -> weekend(ref, shift);
                case "month" -> {
                    LocalDate month = ref.plusMonths(shift);
                    yield DateValue.month(month.getYear(), month.getMonthValue());
                }
                default -> DateValue.year(ref.getYear() + shift);
            };
            out.add(new DateCandidate(p.start(), p.end(), value));
        }
    }

    /** Where the run of regex whitespace and hyphens ending at {@code at} begins. */
    private static int spaceOrHyphenRunStart(String text, int at) {
        int i = at;
        while (i > 0 && "- \t\n\u000B\f\r".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static void agos(DateContext context, List<DateCandidate> out) {
        LocalDate ref = context.reference();
        CandidateScan scan = wordScan(AGO, context.text(), AGO_FIRST_WORDS, true);
        while (scan.find()) {
            Matcher ago = scan.matcher();
            String n = ago.group("n").toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
            DateValue value = switch (ago.group("unit").toLowerCase(Locale.ROOT)) {
                case "day" -> DateValue.day(ref.minusDays(count));
                case "week" -> DateValue.day(ref.minusWeeks(count));
                case "month" -> {
                    LocalDate month = ref.minusMonths(count);
                    yield DateValue.month(month.getYear(), month.getMonthValue());
                }
                case "year" -> DateValue.year(ref.getYear() - count);
                default -> DateValue.year(ref.getYear() - 10 * count);
            };
            out.add(new DateCandidate(ago.start(), ago.end(), value));
        }
    }

    /** "the end of the year" in a past clause written in March is the previous year's end. */
    private static void yearEdges(DateContext context, List<DateCandidate> out) {
        CandidateScan scan = wordScan(YEAR_EDGE, context.text(), EDGE_FIRST_WORDS, false);
        while (scan.find()) {
            Matcher edge = scan.matcher();
            int month = edge.group("edge").equalsIgnoreCase("end") ? 12 : 1;
            Tense tense = context.tenseAt(edge.start(), edge.end());
            int year = tense == Tense.PRESENT ? context.reference().getYear()
                    : YearInference.yearOf(month, 0, context.reference(), tense);
            out.add(new DateCandidate(edge.start(), edge.end(), DateValue.year(year)));
        }
    }

    private static DateValue week(LocalDate ref, int shift, boolean later) {
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        LocalDate sunday = monday.plusDays(6);
        if (shift == 0) {
            return later ? DateValue.day(ref).withEnd(sunday) : DateValue.day(monday).withEnd(ref);
        }
        return DateValue.day(monday).withEnd(sunday);
    }

    private static DateValue weekend(LocalDate ref, int shift) {
        LocalDate saturday;
        if (shift < 0) {
            LocalDate before = ref.minusDays(ref.getDayOfWeek() == DayOfWeek.SUNDAY ? 2 : 1);
            saturday = before.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else {
            saturday = ref.getDayOfWeek() == DayOfWeek.SUNDAY ? ref.minusDays(1)
                    : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            saturday = saturday.plusWeeks(shift);
        }
        return DateValue.day(saturday).withEnd(saturday.plusDays(1));
    }
}
