package org.eventtimeline.devset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;

/**
 * Runs an extraction function over development entries, takes each entry's first record (or none) and scores
 * every field against the gold, giving a {@link ScoreCard}. Entry {@code i} (0-based) is read as line {@code i + 1}.
 * Fields of an entry that must give no record are not scored beyond the record itself.
 */
public final class DevelopmentSetScorer {

    private final Function<Article, List<EventRecord>> extraction;

    public DevelopmentSetScorer(Function<Article, List<EventRecord>> extraction) {
        this.extraction = extraction;
    }

    public ScoreCard score(List<DevelopmentEntry> entries) {
        Map<ScoredField, FieldScorer> scorers = new EnumMap<>(ScoredField.class);
        for (ScoredField field : ScoredField.values()) {
            scorers.put(field, new FieldScorer(field));
        }
        List<Mismatch> mismatches = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DevelopmentEntry entry = entries.get(i);
            List<EventRecord> records = extract(entry, i + 1);
            EventRecord first = records == null || records.isEmpty() ? null : records.get(0);
            for (ScoredField field : ScoredField.values()) {
                scorers.get(field).score(entry.id(), entry.expected().gold(field), field.predicted(first),
                        mismatches::add);
            }
        }
        Map<ScoredField, FieldScore> scores = new EnumMap<>(ScoredField.class);
        scorers.forEach((field, scorer) -> scores.put(field, scorer.result()));
        return new ScoreCard(entries.size(), scores, mismatches);
    }

    private List<EventRecord> extract(DevelopmentEntry entry, int line) {
        try {
            return extraction.apply(entry.toArticle(line));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Extraction failed on development entry " + entry.id(), e);
        }
    }
}
