package org.eventtimeline.extract.dates;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Tense;

/**
 * Reads the clause around a date in a sentence and tells its tense from the nearest verb cue (auxiliaries, future
 * phrases, past forms); cues after the date count as slightly farther than cues before it.
 */
public final class ClauseTense {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:\"“”]|\\s[—–-]\\s|\\b(?:that|which|who|whom|"
            + "because|although)\\b");
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
            + "(?<neutral>(?:be|being)\\s+(?-i:[a-z]{2,}(?:ed|en)))"
            + "|(?<future>will|shall|won[’']t|would|going to|(?:is|are|was|were|be|been) (?:(?:due|set|scheduled|"
            + "expected|slated|poised|planned) )?to|plans? to|planning to|intends? to|scheduled for|"
            + "set for|due (?:on|to)|to be held|upcoming|(?:postponed|delayed|adjourned|deferred|rescheduled|"
            + "pushed back|put off) (?:until|till|to|for))"
            + "|(?<past>was|were|had|did|has|have|said|told|took|made|went|came|left|fled|died|killed|shot|hit|"
            + "began|saw|fell|held|met|won|lost|led|found|gave|broke|ran|struck|stole|sent|spoke|wrote|ago|"
            + "(?-i:[a-z]{2,}ed))"
            + "|(?<present>is|are|am|says|tells|does|do|(?:he|she|it|who)\\s+(?-i:[a-z]{2,}[^s\\W]s)))\\b|(?<short>[’']ll)\\b");
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "hundred", "indeed", "proceed", "exceed",
            "succeed", "seed", "feed", "breed", "embed", "weed", "bled", "shed", "bed", "red", "wed");
    private static final int AFTER_PENALTY = 15;

    /** The tense of the nearest cue in the clause around {@code [start, end)}, or empty when there is none. */
    public Optional<Tense> tenseAround(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        Matcher br = CLAUSE_BREAK.matcher(text);
        while (br.find()) {
            if (br.end() <= start) {
                from = br.end();
            } else if (br.start() >= end) {
                to = br.start();
                break;
            }
        }
        // The cue pattern is tried only where one can start (a word's first letter, an apostrophe), as find() would
        // meet them; transparent bounds differ from find() in the clause only at its edges, where a clause break
        // leaves no letter a cue could start or end with.
        Matcher cue = CUE.matcher(text).useTransparentBounds(true);
        Tense best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s = from; s < to; s++) {
            if (!mayStartCue(text, s)) {
                continue;
            }
            cue.region(s, to);
            if (!cue.lookingAt()) {
                continue;
            }
            s = Math.max(cue.end(), s + 1) - 1;
            if (cue.start() < end && cue.end() > start) {
                continue;
            }
            Tense tense = tenseOf(cue);
            if (tense == null) {
                continue;
            }
            int distance = cue.end() <= start ? start - cue.end() : cue.start() - end + AFTER_PENALTY;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = tense;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A letter not preceded by an ASCII letter, digit or underscore, or an apostrophe ("’ll"). */
    private static boolean mayStartCue(String text, int at) {
        char c = text.charAt(at);
        if (c == '’' || c == '\'') {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !(before < 128 && (Character.isLetterOrDigit(before) || before == '_'));
    }

    private static Tense tenseOf(Matcher cue) {
        if (cue.group("neutral") != null) {
            return null;
        }
        if (cue.group("future") != null || cue.group("short") != null) {
            return Tense.FUTURE;
        }
        if (cue.group("past") != null) {
            return NOT_PAST.contains(cue.group("past").toLowerCase(Locale.ROOT)) ? null : Tense.PAST;
        }
        return Tense.PRESENT;
    }
}
