package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eventtimeline.extract.casualties.CasualtyPatterns;
import org.eventtimeline.extract.casualties.CasualtyPatterns.Form;
import org.eventtimeline.extract.casualties.CasualtyPatterns.Rule;
import org.eventtimeline.extract.casualties.PhraseMemo;
import org.eventtimeline.extract.casualties.Figure;
import org.eventtimeline.extract.casualties.Hedges;
import org.eventtimeline.extract.casualties.NounPhrases;
import org.eventtimeline.extract.casualties.RuleMatch;
import org.eventtimeline.extract.casualties.RuleScanner;

/**
 * Reads each sentence and provides its casualty figures (killed, injured, missing, abducted, arrested): counts in
 * digits or words, lower bounds, unconfirmed reports; skips vague, hypothetical and split figures.
 */
public final class CasualtyExtractor implements Extractor {

    /** One scanner per thread: its matchers are large and are reused from sentence to sentence. */
    private static final ThreadLocal<RuleScanner> SCANNERS = ThreadLocal.withInitial(RuleScanner::new);
    /** One count memo per thread. */
    private static final ThreadLocal<PhraseMemo> COUNTS = ThreadLocal.withInitial(PhraseMemo::new);
    private static final Pattern AUX = Pattern.compile("(?i)\\b(?:was|were|is|are|has|have|had|been|be|got|get"
            + "|remain|remains|remained)\\b");
    private static final Pattern SHOT = Pattern.compile("(?i)shot|shooting");
    private static final Pattern JOINER = Pattern.compile("^\\s*,?\\s*(?:and\\s+)?$");

    /** A figure found in a sentence before overlaps and shootings are settled. */
    private record Hit(int start, int end, int whoStart, int whoEnd, CasualtyKind kind, Figure figure,
                       boolean unconfirmed, boolean shot) {
    }

    @Override
    public void annotate(Document document) {
        RuleScanner scanner = SCANNERS.get();
        PhraseMemo counts = COUNTS.get();
        for (Sentence sentence : document.sentences()) {
            scanner.reset(sentence.text());
            if (!scanner.cue()) {
                continue;
            }
            for (Hit hit : settleShootings(sentence.text(), hitsIn(sentence.text(), scanner, counts))) {
                document.casualties().add(new CasualtyMention(sentence.index(), hit.start(), hit.end(),
                        sentence.text().substring(hit.start(), hit.end()), hit.kind(), hit.figure().count(),
                        hit.figure().lowerBound(), hit.unconfirmed()));
            }
        }
    }

    private List<Hit> hitsIn(String text, RuleScanner scanner, PhraseMemo counts) {
        List<Hit> hits = new ArrayList<>();
        int limit = scanner.limit(-1);
        if (limit >= 0) {
            RuleMatch fatal = scanner.match();
            for (int from = 0; scanner.find(-1, from, limit); from = fatal.end()) {
                addShotFatally(text, fatal, hits, counts);
            }
        }
        for (int r = 0; r < CasualtyPatterns.RULES.size(); r++) {
            limit = scanner.limit(r);
            if (limit < 0) {
                continue;
            }
            Rule rule = CasualtyPatterns.RULES.get(r);
            RuleMatch m = scanner.match();
            for (int from = 0; scanner.find(r, from, limit); from = m.end()) {
                if (overlapsAny(hits, m)) {
                    continue;
                }
                Hit hit = toHit(text, rule, m, counts);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private void addShotFatally(String text, RuleMatch m, List<Hit> hits, PhraseMemo counts) {
        Figure shot = counts.count(m.group("who"));
        Figure killed = Figure.parse(m.group("fatal"));
        Hedges.Status status = Hedges.statusOf(text, m.start(), m.end(), m.group("mid"), false);
        if (shot == null || killed == null || killed.count() > shot.count()
                || status == Hedges.Status.HYPOTHETICAL) {
            return;
        }
        boolean unconfirmed = status == Hedges.Status.UNCONFIRMED;
        hits.add(new Hit(m.start(), m.end(), m.start("fatal"), m.end("fatal"), CasualtyKind.KILLED, killed,
                unconfirmed, false));
        if (shot.count() > killed.count()) {
            hits.add(new Hit(m.start(), m.end(), m.start("who"), m.end("who"), CasualtyKind.INJURED,
                    new Figure(shot.count() - killed.count(), shot.lowerBound()), unconfirmed, false));
        }
    }

    private Hit toHit(String text, Rule rule, RuleMatch m, PhraseMemo counts) {
        String who = m.group("who");
        Figure figure = counts.count(who);
        if (figure == null || figure.count() <= 0) {
            return null;
        }
        if (Character.isDigit(who.charAt(0)) && FigureContext.monthBefore(text, m.start("who"))) {
            return null;
        }
        if (rule.active() && counts.isBare(who) && !FigureContext.freeEnd(text, m.end())) {
            return null;
        }
        String mid = switch (rule.form()) {
            case ACTIVE -> "";
            case PASSIVE -> m.group("mid");
            case FIXED -> m.group();
        };
        if ((mid.isBlank() && counts.isShare(who)) || FigureContext.restOfBefore(text, m.start("who"))) {
            return null;
        }
        if (rule.form() == Form.PASSIVE && !AUX.matcher(mid).find() && !FigureContext.freeEnd(text, m.end())) {
            return null;
        }
        Hedges.Status status = Hedges.statusOf(text, m.start(), m.end(), mid, rule.active());
        if (status == Hedges.Status.HYPOTHETICAL) {
            return null;
        }
        boolean shot = rule.kind() == CasualtyKind.INJURED && SHOT.matcher(m.group("verb")).matches();
        return new Hit(m.start(), m.end(), m.start("who"), m.end("who"), rule.kind(), figure,
                status == Hedges.Status.UNCONFIRMED, shot);
    }

    /** "shot five people, killing two": the killed share leaves the injured count. */
    private List<Hit> settleShootings(String text, List<Hit> hits) {
        List<Hit> settled = new ArrayList<>(hits);
        for (Hit shot : hits) {
            if (!shot.shot()) {
                continue;
            }
            for (Hit killed : hits) {
                if (killed.kind() == CasualtyKind.KILLED && killed.start() >= shot.end()
                        && JOINER.matcher(text.substring(shot.end(), killed.start())).matches()) {
                    int rest = shot.figure().count() - killed.figure().count();
                    settled.remove(shot);
                    if (rest > 0) {
                        settled.add(settled.indexOf(killed), new Hit(shot.start(), shot.end(), shot.whoStart(),
                                shot.whoEnd(), shot.kind(), new Figure(rest, shot.figure().lowerBound()),
                                shot.unconfirmed(), true));
                    }
                    break;
                }
            }
        }
        return settled;
    }

    /** Whether the match overlaps a figure already taken; a hit keeps its match's span and {@code who} span. */
    private static boolean overlapsAny(List<Hit> hits, RuleMatch m) {
        int whoStart = m.start("who");
        int whoEnd = m.end("who");
        for (Hit accepted : hits) {
            boolean sameSpan = accepted.whoStart() < whoEnd && whoStart < accepted.whoEnd();
            boolean inside = whoStart < accepted.end() && accepted.start() < whoEnd;
            if (sameSpan || inside) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CASUALTIES);
    }
}
