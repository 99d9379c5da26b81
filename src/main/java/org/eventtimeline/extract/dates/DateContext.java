package org.eventtimeline.extract.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.AnchoredScan;
import org.eventtimeline.extract.AsciiWords;
import org.eventtimeline.extract.PatternMatchers;
import org.eventtimeline.extract.Tense;
import org.eventtimeline.extract.TextFold;

/**
 * What a finder reads about one sentence: its text, the document's reference date and the sentence-level tense,
 * which stands in when the clause around a date shows no tense cue of its own; facts several finders need (the
 * folded text, the month names, the clauses) are worked out once, on first use.
 */
public final class DateContext {

    private static final int[] NONE = {};

    private final String text;
    private final LocalDate reference;
    private final Tense sentenceTense;
    private String folded;
    private int[] months;
    private SentenceClauses clauses;
    private SpeechStems speechStems;
    private PatternMatchers matchers;

    public DateContext(String text, LocalDate reference, Tense sentenceTense) {
        this(text, reference, sentenceTense, null);
    }

    /** A context whose pattern matchers come from (and go back to) the document's {@code matchers}. */
    public DateContext(String text, LocalDate reference, Tense sentenceTense, PatternMatchers matchers) {
        this.text = text;
        this.reference = reference;
        this.sentenceTense = sentenceTense;
        this.matchers = matchers;
    }

    /** A matcher of the pattern over the text, reused across the document's sentences. */
    public Matcher matcher(Pattern pattern) {
        if (matchers == null) {
            matchers = new PatternMatchers();
        }
        return matchers.on(pattern, text);
    }

    /** A scan of the pattern from at most {@code tokens} tokens before each anchor, as {@link AnchoredScan}'s own. */
    AnchoredScan anchoredScan(Pattern pattern, int[] anchors, int tokens) {
        return new AnchoredScan(matcher(pattern), text, anchors, anchor -> AnchoredScan.walkBack(text, anchor, tokens));
    }

    public String text() {
        return text;
    }

    public LocalDate reference() {
        return reference;
    }

    public Tense sentenceTense() {
        return sentenceTense;
    }

    /** The text case-folded as {@link TextFold#fold(String)} folds it; offsets are those of the text. */
    public String folded() {
        if (folded == null) {
            folded = FoldTable.fold(text);
        }
        return folded;
    }

    /** The sorted offsets where a month name ({@link MonthNames#PATTERN}) matches; empty when there is none. */
    public int[] monthPositions() {
        if (months == null) {
            months = MonthNames.positions(text);
        }
        return months;
    }

    /** The sentence's word starts holding one of the stems (the same stems at every call), scanned as asked. */
    SpeechStems speechStems(AsciiWords stems) {
        if (speechStems == null) {
            speechStems = new SpeechStems(text, stems);
        }
        return speechStems;
    }

    /** The tense of the clause around {@code [start, end)}: its nearest verb cue, else the sentence tense. */
    public Tense tenseAt(int start, int end) {
        if (clauses == null) {
            clauses = new SentenceClauses(text);
        }
        return clauses.tenseAround(start, end).orElse(sentenceTense);
    }
}
