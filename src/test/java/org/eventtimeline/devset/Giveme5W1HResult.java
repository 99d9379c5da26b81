package org.eventtimeline.devset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Figures of a Giveme5W1H evaluation: articles read, skipped and failed, records made, and per question the
 * articles with gold phrases and how many of them the records hit. For who and where a hit is a value containing or
 * contained in a gold phrase (loose: sharing a word); for when, a record date agreeing with a resolved gold phrase
 * and extracted from the text (loose: the reported date counts too).
 */
public record Giveme5W1HResult(int articles, int skipped, int records, int paragraphs, List<String> failures,
                               QuestionScore who, QuestionScore where, QuestionScore when) {

    public Giveme5W1HResult {
        failures = List.copyOf(failures);
    }

    /** Articles on which the extraction threw; {@link #failures()} says which and why. */
    public int failed() {
        return failures.size();
    }

    /** One question's figures; {@code withGold} articles had a usable gold phrase. */
    public record QuestionScore(String question, int withGold, int hits, int looseHits) {

        public double hitRate() {
            return withGold == 0 ? 0.0 : (double) hits / withGold;
        }

        public double looseHitRate() {
            return withGold == 0 ? 0.0 : (double) looseHits / withGold;
        }
    }

    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Giveme5W1H: %d articles evaluated (%d paragraphs, %d records), %d skipped, %d failed%n",
                articles, paragraphs, records, skipped, failed()));
        out.append(String.format(Locale.ROOT, "%-8s %8s %6s %8s %10s %10s%n",
                "question", "withGold", "hits", "loose", "hit rate", "loose rate"));
        for (QuestionScore score : new QuestionScore[] {who, where, when}) {
            out.append(String.format(Locale.ROOT, "%-8s %8d %6d %8d %10.3f %10.3f%n", score.question(),
                    score.withGold(), score.hits(), score.looseHits(), score.hitRate(), score.looseHitRate()));
        }
        failures.forEach(failure -> out.append("failed: ").append(failure).append(System.lineSeparator()));
        return out.toString();
    }

    /** Counts hits of one question while an evaluation runs. */
    static final class Tally {
        private final String question;
        private int withGold;
        private int hits;
        private int looseHits;

        Tally(String question) {
            this.question = question;
        }

        void add(boolean hit, boolean looseHit) {
            withGold++;
            hits += hit ? 1 : 0;
            looseHits += looseHit ? 1 : 0;
        }

        QuestionScore score() {
            return new QuestionScore(question, withGold, hits, looseHits);
        }
    }

    /** Collects the figures of one evaluation run. */
    static final class Builder {
        final Tally who = new Tally("who");
        final Tally where = new Tally("where");
        final Tally when = new Tally("when");
        private int articles;
        private final List<String> failures = new ArrayList<>();
        private int skipped;
        private int records;
        private int paragraphs;

        void skipped() {
            skipped++;
        }

        void failed(String articleId, RuntimeException error) {
            String where = Arrays.stream(error.getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith("org.eventtimeline.")).findFirst()
                    .map(frame -> " at " + frame).orElse("");
            failures.add(articleId + ": " + error + where);
        }

        void evaluated(int recordCount, int paragraphCount) {
            articles++;
            records += recordCount;
            paragraphs += paragraphCount;
        }

        Giveme5W1HResult build() {
            return new Giveme5W1HResult(articles, skipped, records, paragraphs, failures, who.score(), where.score(),
                    when.score());
        }
    }
}
