package org.eventtimeline.extract.assemble;

import org.eventtimeline.domain.EventType;
import org.eventtimeline.extract.Sentence;

/**
 * Reads a paragraph's sentences and mentions and picks the sentence that reports its main event: casualty figures
 * weigh most, then a specific event cue, an event date and a place; the lede sentence breaks ties.
 */
public final class MainSentenceSelector {

    public Sentence select(ParagraphView view) {
        Sentence best = null;
        double bestScore = -1;
        for (Sentence sentence : view.sentences()) {
            double score = score(view, sentence);
            if (score > bestScore) {
                best = sentence;
                bestScore = score;
            }
        }
        return best;
    }

    private static double score(ParagraphView view, Sentence sentence) {
        int i = sentence.index();
        double score = 0;
        if (view.casualties().stream().anyMatch(c -> c.sentence() == i && !c.unconfirmed())) {
            score += 3;
        }
        score += view.types().stream()
                .filter(t -> t.sentence() == i && t.type() != EventType.STATEMENT)
                .mapToDouble(t -> 2 * t.score()).max().orElse(0);
        if (view.dates().stream().anyMatch(d -> d.sentence() == i && !d.reporting())) {
            score += 1;
        }
        if (view.places().stream().anyMatch(p -> p.sentence() == i)) {
            score += 0.5;
        }
        if (sentence == view.sentences().get(0)) {
            score += 0.75;
        }
        return score;
    }
}
