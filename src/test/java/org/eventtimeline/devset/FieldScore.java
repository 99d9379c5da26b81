package org.eventtimeline.devset;

/**
 * Counts of one field over the development set, with precision and recall. A wrong value counts as both a false
 * positive and a false negative; true negatives (empty gold, empty prediction) are kept but enter neither figure.
 * With nothing to divide by, precision and recall are 1.0 (no prediction was wrong, nothing was missed).
 */
public record FieldScore(ScoredField field, int truePositives, int falsePositives, int falseNegatives,
                         int trueNegatives) {

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }
}
