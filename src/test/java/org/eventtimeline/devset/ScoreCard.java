package org.eventtimeline.devset;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of scoring a pipeline on the development set: a score per field and the mismatches behind them. */
public record ScoreCard(int entries, Map<ScoredField, FieldScore> scores, List<Mismatch> mismatches) {

    public ScoreCard {
        scores = Map.copyOf(scores);
        mismatches = List.copyOf(mismatches);
    }

    public FieldScore score(ScoredField field) {
        return scores.get(field);
    }

    /** A fixed-width table of TP, FP, FN, precision and recall per field, then the mismatches, one per line. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Development set: %d entries%n", entries));
        out.append(String.format(Locale.ROOT, "%-14s %5s %5s %5s %5s %9s %7s%n",
                "field", "TP", "FP", "FN", "TN", "precision", "recall"));
        for (ScoredField field : ScoredField.values()) {
            FieldScore score = scores.get(field);
            out.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d %5d %9.3f %7.3f%n", field.jsonName(),
                    score.truePositives(), score.falsePositives(), score.falseNegatives(), score.trueNegatives(),
                    score.precision(), score.recall()));
        }
        out.append(String.format(Locale.ROOT, "Mismatches (%d):%n", mismatches.size()));
        for (Mismatch mismatch : mismatches) {
            out.append(String.format(Locale.ROOT, "  %-9s %-14s gold=%s | predicted=%s%n", mismatch.id(),
                    mismatch.field().jsonName(), mismatch.gold(), mismatch.predicted()));
        }
        return out.toString();
    }
}
