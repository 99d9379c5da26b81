package org.eventtimeline.extract.casualties;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sentence at a time and finds the casualty rules' matches in it exactly as {@code Matcher.find()} would,
 * trying each pattern only where it may begin: at its {@link Starts}, before its last stem, and, for rules that
 * begin with people, where {@link NounPhrases#PEOPLE} matches at all. One scanner per thread.
 */
public final class RuleScanner {

    /** Word stems every casualty rule needs; a sentence with none of them holds no figure. */
    private static final Pattern CUE = Pattern.compile("(?i)kill|dead|death|\\bdie|dying|fatal|injur|wound|hurt|shot"
            + "|shoot|stab|missing|unaccounted|kidnap|abduct|hostage|captive|snatch|arrest|detain|custody|apprehend"
            + "|rounded|toll|lives|hospital|slain|murder|massacr|slaughter|behead|assassinat|drown|perish|succumb"
            + "|gunned|gunning|beaten|burn|crush|hacked|bludgeon|strangl|trampl|choked");
    private final Matcher[] unicodeMatchers = new Matcher[CasualtyPatterns.RULES.size() + 1];
    private final Matcher[] plainMatchers = new Matcher[CasualtyPatterns.RULES.size() + 1];
    /** The matchers set to the sentence so far: a matcher is set to it only before its first search in it. */
    private final Matcher[] ready = new Matcher[2 * (CasualtyPatterns.RULES.size() + 2)];
    private int readyCount;
    /** The sentence's chars, {@link Starts#fold folded}, in a buffer reused from sentence to sentence. */
    private char[] chars = new char[256];
    private final LastVerbs lastVerbs = new LastVerbs();
    private final Matcher cue = CUE.matcher("");
    private final StemPositions stems = new StemPositions();
    private final PeoplePositions people = new PeoplePositions();
    private final PeopleTails tails = new PeopleTails();
    private final RuleMatch match = new RuleMatch();
    private boolean plain;
    private boolean prepared;
    private String text;
    private String folded;

    /** Takes the next sentence: folds it and notes where each stem first and last occurs. */
    public void reset(String sentence) {
        text = sentence;
        if (chars.length < sentence.length()) {
            chars = new char[Math.max(sentence.length(), chars.length * 2)];
        }
        int length = sentence.length();
        sentence.getChars(0, length, chars, 0);
        Starts.fold(chars, length);
        folded = null;
        readyCount = 0;
        stems.scan(chars, length);
        prepared = false;
    }

    /** Readies the people memo and the pattern set for the sentence; only sentences with a cue need them. */
    private void prepare() {
        plain = PlainChars.plain(text);
        folded = new String(chars, 0, text.length());
        people.reset(text, folded, plain);
        tails.reset(text, plain);
        lastVerbs.reset(text, folded, plain);
        prepared = true;
    }

    /** Whether the sentence holds a casualty cue word at all. */
    public boolean cue() {
        int from = stems.firstCue();
        return from >= 0 && cue.reset(text).find(from);
    }

    /**
     * The matcher of rule {@code r} (or of {@link CasualtyPatterns#SHOT_FATALLY} for -1) for the sentence, set to it
     * by {@link #find}: the pattern without the U flag when the sentence is {@link PlainChars#plain plain}.
     */
    private Matcher matcher(int r) {
        int slot = r + 1;
        Matcher[] matchers = plain ? plainMatchers : unicodeMatchers;
        if (matchers[slot] == null) {
            matchers[slot] = bounded(pattern(r, plain));
        }
        return matchers[slot];
    }

    private static Pattern pattern(int r, boolean plain) {
        if (r < 0) {
            return plain ? CasualtyPatterns.SHOT_FATALLY_PLAIN : CasualtyPatterns.SHOT_FATALLY;
        }
        CasualtyPatterns.Rule rule = CasualtyPatterns.RULES.get(r);
        return plain ? rule.plain() : rule.pattern();
    }

    /** A matcher of the pattern whose lookarounds see past its region and whose anchors do not stop at it. */
    static Matcher bounded(Pattern pattern) {
        return pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The last position where rule {@code r} (or -1 for shot-fatally) may begin a match, or -1 for none: before its
     * last stem, and for a passive rule before the {@link LastVerbs last place its verbs match} up to there.
     */
    public int limit(int r) {
        int limit = stems.limit(r);
        String verbs = r < 0 ? null : CasualtyPatterns.RULES.get(r).verbs();
        if (limit < 0 || verbs == null) {
            return limit;
        }
        if (!prepared) {
            prepare();
        }
        int verb = lastVerbs.last(r, limit);
        return verb < 0 ? -1 : verb - 1;
    }

    /**
     * Finds the next match at or after {@code from} of rule {@code r} (or of shot-fatally for -1), as {@code find()}
     * would, up to the start {@code limit}; {@link #match} reads it. An active rule is tried only where one of the
     * words after its verb's first word begins a people phrase.
     */
    public boolean find(int r, int from, int limit) {
        if (!prepared) {
            prepare();
        }
        Matcher m = matcher(r);
        Starts starts = r < 0 ? CasualtyPatterns.PEOPLE_STARTS : CasualtyPatterns.RULES.get(r).starts();
        if (starts == CasualtyPatterns.PEOPLE_STARTS) {
            return findAtPeople(r, m, from, limit);
        }
        int words = r < 0 ? 0 : CasualtyPatterns.RULES.get(r).verbWords();
        for (int s = starts.next(text, folded, from, limit); s >= 0; s = starts.next(text, folded, s + 1, limit)) {
            if (words > 0 && !people.after(s, words)) {
                continue;
            }
            ready(m).region(s, text.length());
            if (m.lookingAt()) {
                match.whole(text, m);
                return true;
            }
        }
        return false;
    }

    /** The match the last successful {@link #find} found; valid until the next search. */
    public RuleMatch match() {
        return match;
    }

    /**
     * Tries the rule at people starts; a passive rule first with the first people phrase there and its tail right
     * after it ({@link PeopleTails}), and with its own pattern only when that tail fails.
     */
    private boolean findAtPeople(int r, Matcher m, int from, int limit) {
        boolean tailed = PeopleTails.hasTail(r);
        int count = people.listStarts(limit);
        int[] starts = people.starts();
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            if (s > limit) {
                return false;
            }
            if (s >= from && people.at(s) && !(tailed && tails.blockedAt(s))) {
                Matcher tail = tailed ? tails.tailAt(r, people.end(s)) : null;
                if (tail != null) {
                    match.peopleAndTail(text, s, people.end(s), tail);
                    return true;
                }
                ready(m).region(s, text.length());
                if (m.lookingAt()) {
                    match.whole(text, m);
                    return true;
                }
            }
        }
        return false;
    }

    /** The matcher, set to the sentence if this is its first search in it (a region resets it anyway). */
    private Matcher ready(Matcher m) {
        for (int i = 0; i < readyCount; i++) {
            if (ready[i] == m) {
                return m;
            }
        }
        ready[readyCount++] = m;
        return m.reset(text);
    }
}
