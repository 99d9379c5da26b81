package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eventtimeline.extract.dates.CalendarDateFinder;
import org.eventtimeline.extract.dates.DateCandidate;
import org.eventtimeline.extract.dates.DateContext;
import org.eventtimeline.extract.dates.DateFinder;
import org.eventtimeline.extract.dates.MonthFinder;
import org.eventtimeline.extract.dates.RelativeDateResolver;
import org.eventtimeline.extract.dates.ReportingCue;
import org.eventtimeline.extract.dates.WeekdayResolver;
import org.eventtimeline.extract.dates.YearFinder;

/**
 * Reads each sentence and provides its date mentions: runs the date finders, keeps the longest of overlapping
 * candidates (earlier finder on a tie) and flags dates that attach to a speech verb as reporting dates.
 */
public final class DateExtractor implements Extractor {

    private static final Comparator<DateCandidate> LONGEST_FIRST =
            Comparator.comparingInt(DateCandidate::length).reversed().thenComparingInt(DateCandidate::start);

    private final List<DateFinder> finders = List.of(new CalendarDateFinder(), new MonthFinder(),
            new RelativeDateResolver(), new WeekdayResolver(), new YearFinder());
    private final ReportingCue reporting = new ReportingCue();

    @Override
    public void annotate(Document document) {
        PatternMatchers matchers = new PatternMatchers();
        for (Sentence sentence : document.sentences()) {
            String text = sentence.text();
            DateContext context = new DateContext(text, document.referenceDate(), sentence.tense(), matchers);
            for (DateCandidate c : select(context)) {
                document.dates().add(new DateMention(sentence.index(), c.start(), c.end(),
                        text.substring(c.start(), c.end()), c.value(), reporting.isReporting(context, c.start(), c.end())));
            }
        }
    }

    /** The non-overlapping date candidates of one sentence, in text order. */
    List<DateCandidate> select(DateContext context) {
        List<DateCandidate> all = new ArrayList<>();
        for (DateFinder finder : finders) {
            finder.find(context, all);
        }
        if (all.size() < 2) {
            return all; // nothing overlaps a lone candidate
        }
        all.sort(LONGEST_FIRST);
        List<DateCandidate> kept = new ArrayList<>();
        for (DateCandidate candidate : all) {
            if (overlapsNone(kept, candidate)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(DateCandidate::start));
        return kept;
    }

    private static boolean overlapsNone(List<DateCandidate> kept, DateCandidate candidate) {
        for (DateCandidate other : kept) {
            if (candidate.overlaps(other)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DATES);
    }
}
