package org.eventtimeline.extract.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DateValue;
import org.eventtimeline.extract.AnchoredScan;

/**
 * Reads years and year ranges ("in 2002", "an unprecedented 2002 summit", "mid-2023", "from 1910 to 1945",
 * "between 2010 and 2015", "2009-10") and produces YEAR values, ignoring counts, prices and numbered names
 * ("2,002 people", "$2002", "Route 2002", "the 1900 block"). Decades ("the 1990s") are deliberately skipped: they
 * never date a news event. A range keeps its opening "from"/"between" in the span; a lone year keeps only digits.
 */
public final class YearFinder implements DateFinder {

    private static final String YEAR = "(?:19\\d{2}|20\\d{2}|2100)";
    private static final String AFTER = "(?![\\d,]\\d|\\.\\d|s\\b|['’]s\\b(?<=0['’]s)|\\s*:\\s*\\d"
            + "|\\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|hrs|h\\b|local\\s+time))"
            + CountNouns.NOT_FOLLOWED
            + "(?!\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
            + "Boulevard|Dr|Drive|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace)\\b)";
    private static final String BEFORE = "(?<![\\d$£€#,.\\-/\\p{L}])";
    private static final Pattern RANGE = Pattern.compile(BEFORE + "(?:(?<from>(?i:from)\\s+)?(?<y1>" + YEAR + ")"
            + "\\s*(?:-|–|to|until|through|till)\\s*(?<y2>" + YEAR + "|\\d{2})"
            + "|(?<between>(?i:between)\\s+)(?<b1>" + YEAR + ")\\s+and\\s+(?<b2>" + YEAR + "))" + AFTER);
    private static final Pattern SINGLE = Pattern.compile(BEFORE + "(?:(?<mod>(?i:early|late|mid|the\\s+(?:end|"
            + "beginning|start|middle)\\s+of))[\\s-]+)?(?<y>" + YEAR + ")" + AFTER);
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:^|\\W)(?:" + CountNouns.COUNT_PREFIX
            + ")\\s*$");

    @Override
    public void find(DateContext context, List<DateCandidate> out) {
        String text = context.text();
        int[] years = yearPositions(text);
        if (years.length == 0) {
            return;
        }
        AnchoredScan rangeScan = context.anchoredScan(RANGE, years, ANCHOR_TOKENS)
                .startingWhere(s -> MatchStarts.yearRange(text, s));
        while (rangeScan.find()) {
            Matcher range = rangeScan.matcher();
            boolean between = range.group("between") != null;
            int first = Integer.parseInt(between ? range.group("b1") : range.group("y1"));
            String second = between ? range.group("b2") : range.group("y2");
            int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (last <= first || last - first > 200 || countBefore(text, range.start())) {
                continue;
            }
            out.add(new DateCandidate(range.start(), range.end(),
                    DateValue.year(first).withEnd(LocalDate.of(last, 1, 1))));
        }
        AnchoredScan singleScan = context.anchoredScan(SINGLE, years, ANCHOR_TOKENS)
                .startingWhere(s -> MatchStarts.yearSingle(text, s));
        while (singleScan.find()) {
            Matcher single = singleScan.matcher();
            int start = single.start();
            if (single.group("mod") == null && countBefore(text, start)) {
                continue;
            }
            out.add(new DateCandidate(start, single.end(), DateValue.year(Integer.parseInt(single.group("y")))));
        }
    }

    /** Both patterns hold at most four words ("from", "the end of") before their first year. */
    private static final int ANCHOR_TOKENS = 6;

    /** The offsets where {@link #YEAR} matches: four digits starting "19" or "20", or "2100". */
    private static int[] yearPositions(String text) {
        int[] found = new int[4];
        int n = 0;
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if (c != '1' && c != '2') {
                continue;
            }
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && (d == '0' || d == '1')) && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean countBefore(String text, int at) {
        int from = Math.max(0, at - 30);
        return CountPrefixes.mayEnd(text, from, at) && COUNT_BEFORE.matcher(text.substring(from, at)).find();
    }
}
