package org.eventtimeline.devset;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tallies one field over a scoring run: reads a gold value and the predicted values of each entry and counts a
 * true positive, false positive, false negative (a wrong value is both) or true negative; reports each miss.
 * One instance per run and field; not shared between threads.
 */
final class FieldScorer {

    private final ScoredField field;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;

    FieldScorer(ScoredField field) {
        this.field = field;
    }

    /** Scores one entry; an absent gold leaves the field unscored. */
    void score(String id, Optional<GoldValue> gold, List<String> predicted, Consumer<Mismatch> mismatches) {
        if (gold.isEmpty()) {
            return;
        }
        boolean predictedEmpty = predicted.isEmpty();
        if (gold.get().mustBeEmpty()) {
            if (predictedEmpty) {
                trueNegatives++;
            } else {
                falsePositives++;
                mismatches.accept(mismatch(id, gold.get(), predicted));
            }
            return;
        }
        if (predictedEmpty) {
            falseNegatives++;
            mismatches.accept(mismatch(id, gold.get(), predicted));
        } else if (field.matches(gold.get(), predicted)) {
            truePositives++;
        } else {
            falsePositives++;
            falseNegatives++;
            mismatches.accept(mismatch(id, gold.get(), predicted));
        }
    }

    FieldScore result() {
        return new FieldScore(field, truePositives, falsePositives, falseNegatives, trueNegatives);
    }

    private Mismatch mismatch(String id, GoldValue gold, List<String> predicted) {
        return new Mismatch(id, field, gold.toString(), predicted.isEmpty() ? "(empty)" : String.join("; ", predicted));
    }
}
