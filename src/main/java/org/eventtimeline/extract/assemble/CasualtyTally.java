package org.eventtimeline.extract.assemble;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eventtimeline.domain.Casualties;
import org.eventtimeline.extract.CasualtyKind;
import org.eventtimeline.extract.CasualtyMention;
import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.Sentence;

/**
 * Reads a paragraph's casualty mentions and produces the event's figures: per kind the main sentence's largest
 * confirmed figure, else the largest in a sentence of the paragraph that dates no other event and, when the main
 * sentence counts victims of its own, says it counts other people ("12 others") or counts arrests. Unconfirmed reports keep their words
 * but give no figure.
 */
public final class CasualtyTally {

    /** Words that say a later figure counts other people than the main sentence's ("12 others were wounded"). */
    private static final Pattern ADDITIONAL = Pattern.compile("(?i)\\b(?:others?|more|also|additional|further|another)\\b");

    /** The figures and the sentences they came from. */
    public record Tally(Casualties casualties, Set<Integer> sentences) {
    }

    public Tally tally(ParagraphView view, Sentence main, Optional<DateMention> eventDate) {
        Map<CasualtyKind, CasualtyMention> chosen = new EnumMap<>(CasualtyKind.class);
        boolean mainHasVictims = false;
        for (CasualtyMention m : view.casualties()) {
            mainHasVictims |= m.sentence() == main.index() && !m.unconfirmed() && m.kind() != CasualtyKind.ARRESTED;
        }
        for (CasualtyMention m : view.casualties()) {
            if (m.unconfirmed() || !sameEvent(view, m.sentence(), main, eventDate)) {
                continue;
            }
            if (mainHasVictims && m.kind() != CasualtyKind.ARRESTED && m.sentence() != main.index()
                    && !ADDITIONAL.matcher(m.text()).find()) {
                continue; // "Officers found the victim with a gunshot wound": the main sentence's victim again
            }
            CasualtyMention current = chosen.get(m.kind());
            if (current == null || better(m, current, main)) {
                chosen.put(m.kind(), m);
            }
        }
        Set<String> words = new LinkedHashSet<>();
        Set<Integer> sentences = new TreeSet<>();
        for (CasualtyMention m : chosen.values()) {
            words.add(m.text());
            sentences.add(m.sentence());
        }
        for (CasualtyMention m : view.casualties()) {
            if (m.unconfirmed()) {
                words.add("unconfirmed: " + m.text());
                sentences.add(m.sentence());
            }
        }
        Casualties casualties = new Casualties(count(chosen, CasualtyKind.KILLED), count(chosen, CasualtyKind.INJURED),
                count(chosen, CasualtyKind.MISSING), count(chosen, CasualtyKind.ABDUCTED),
                count(chosen, CasualtyKind.ARRESTED), String.join("; ", words));
        return new Tally(casualties, sentences);
    }

    private static boolean better(CasualtyMention candidate, CasualtyMention current, Sentence main) {
        boolean candidateMain = candidate.sentence() == main.index();
        boolean currentMain = current.sentence() == main.index();
        if (candidateMain != currentMain) {
            return candidateMain;
        }
        return candidate.count() > current.count();
    }

    /** A figure of another sentence counts only when that sentence dates nothing else. */
    private static boolean sameEvent(ParagraphView view, int sentence, Sentence main, Optional<DateMention> date) {
        if (sentence == main.index()) {
            return true;
        }
        for (DateMention d : view.dates()) {
            if (d.sentence() == sentence && !d.reporting() && !(date.isPresent() && d.value().equals(date.get().value()))) {
                return false;
            }
        }
        return true;
    }

    private static Integer count(Map<CasualtyKind, CasualtyMention> chosen, CasualtyKind kind) {
        CasualtyMention m = chosen.get(kind);
        return m == null ? null : m.count();
    }
}
