package org.eventtimeline.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each paragraph of a document and provides its sentences: splits after '.', '!' or '?' (and any closing
 * quote or bracket) when a capital, digit or opening quote follows, except after known abbreviations and initials.
 */
public final class SentenceSplitter implements Extractor {

    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"'”’)\\]]*(?=\\s+[\"'“‘(\\[]?[\\p{Lu}\\d])");
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen",
            "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
            "a.m", "p.m", "approx", "est", "dept", "univ", "pres", "supt", "insp", "cmdr", "brig", "messrs");

    /** AP state abbreviations; an abbreviation only after "Town, " ("EXETER, Calif. (KFSN) -- A man ..."). */
    private static final Set<String> STATE_ABBREVIATIONS = Set.of("ala", "ariz", "ark", "calif", "colo", "conn", "del",
            "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
            "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c",
            "n.d", "r.i", "s.c", "s.d", "w.va", "d.c");

    private final TenseDetector tenses = new TenseDetector();

    @Override
    public void annotate(Document document) {
        var paragraphs = document.article().paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).text();
            int offset = document.paragraphStart(p);
            int from = 0;
            Matcher boundary = BOUNDARY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            // a boundary starts with '.', '!' or '?': only those offsets are tried, in order, as find() would
            for (int s = 0; s < text.length(); s++) {
                char c = text.charAt(s);
                if (c != '.' && c != '!' && c != '?') {
                    continue;
                }
                boundary.region(s, text.length());
                if (!boundary.lookingAt()) {
                    continue;
                }
                s = boundary.end() - 1;
                if (isAbbreviation(text, boundary.start())) {
                    continue;
                }
                from = add(document, p, offset, text, from, boundary.end());
            }
            add(document, p, offset, text, from, text.length());
        }
    }

    private boolean isAbbreviation(String text, int periodAt) {
        if (text.charAt(periodAt) != '.') {
            return false;
        }
        String w = lastWord(text, periodAt);
        if (w == null) {
            return false;
        }
        String bare = w.startsWith(".") ? w.substring(1) : w;
        // A single capital letter is an initial ("J.D. Vance"), unless it is the pronoun I.
        if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0)) && !bare.equals("I")) {
            return true;
        }
        if (bare.indexOf('.') > 0 && DOTTED_CAPITALS.matcher(bare).matches()) {
            return true;
        }
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        int wordStart = periodAt - bare.length();
        if (STATE_ABBREVIATIONS.contains(lower) && wordStart >= 2 && text.startsWith(", ", wordStart - 2)) {
            return true;
        }
        return ABBREVIATIONS.contains(lower);
    }

    /**
     * The run of letters and dots that ends the 12 chars before the period, as {@link #LAST_WORD} finds it, or null:
     * a run of ASCII letters and dots is read directly, anything else goes to the pattern.
     */
    private static String lastWord(String text, int periodAt) {
        int low = Math.max(0, periodAt - 12);
        int start = periodAt;
        while (start > low && isAsciiLetterOrDot(text.charAt(start - 1))) {
            start--;
        }
        if (start < periodAt && (start == low || text.charAt(start - 1) < 128)) {
            return text.substring(start, periodAt);
        }
        if (start == periodAt && periodAt > 0 && text.charAt(periodAt - 1) < 128
                && text.charAt(periodAt - 1) != '\n' && text.charAt(periodAt - 1) != '\r') {
            return null;
        }
        Matcher word = LAST_WORD.matcher(text.substring(low, periodAt));
        return word.find() ? word.group(1) : null;
    }

    private static boolean isAsciiLetterOrDot(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.';
    }

    private int add(Document document, int paragraph, int offset, String text, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            String sentence = text.substring(start, end);
            String folded = TextFold.fold(sentence);
            int index = document.sentences().size();
            document.sentences().add(new Sentence(index, paragraph, offset + start, offset + end, sentence,
                    tenses.tenseOf(sentence, folded)));
            document.keepFolded(index, sentence, folded); // the classifier reads it again
        }
        return to;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }
}
