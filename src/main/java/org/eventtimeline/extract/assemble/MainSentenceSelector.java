package org.eventtimeline.extract.assemble;

import org.eventtimeline.domain.EventType;
import org.eventtimeline.extract.CasualtyMention;
import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.Sentence;
import org.eventtimeline.extract.TypeMention;

/**
 * Reads a paragraph's sentences and mentions and picks the sentence that reports its main event: casualty figures
 * weigh most, then a specific event cue, an event date and a place; the lede sentence breaks ties.
 */
public final class MainSentenceSelector {

    public Sentence select(ParagraphView view) {
        int first = view.sentences().get(0).index();
        double[] scores = new double[view.sentences().size()];
        boolean[] figures = new boolean[scores.length];
        boolean[] dated = new boolean[scores.length];
        boolean[] placed = new boolean[scores.length];
        double[] cue = new double[scores.length];
        for (CasualtyMention c : view.casualties()) {
            figures[c.sentence() - first] |= !c.unconfirmed();
        }
        for (TypeMention t : view.types()) {
            if (t.type() != EventType.STATEMENT) {
                cue[t.sentence() - first] = Math.max(cue[t.sentence() - first], 2 * t.score());
            }
        }
        for (DateMention d : view.dates()) {
            dated[d.sentence() - first] |= !d.reporting();
        }
        for (PlaceMention p : view.places()) {
            placed[p.sentence() - first] = true;
        }
        int best = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (figures[i] ? 3 : 0) + cue[i] + (dated[i] ? 1 : 0) + (placed[i] ? 0.5 : 0) + (i == 0 ? 0.75 : 0);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return view.sentences().get(best);
    }
}
