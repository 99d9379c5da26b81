package org.eventtimeline.extract.casualties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Literal stems of every {@link #CUE} alternative: {@code CUE} cannot match before the first of them. */
    private static final String[] CUE_STEMS = {"kill", "dead", "death", "die", "dying", "fatal", "injur", "wound",
        "hurt", "shot", "shoot", "stab", "missing", "unaccounted", "kidnap", "abduct", "hostage", "captive", "snatch",
        "arrest", "detain", "custody", "apprehend", "rounded", "toll", "lives", "hospital", "slain", "murder",
        "massacr", "slaughter", "behead", "assassinat", "drown", "perish", "succumb", "gunned", "gunning", "beaten",
        "burn", "crush", "hacked", "bludgeon", "strangl", "trampl", "choked"};
    private static final Pattern PEOPLE = Pattern.compile("(?iU)" + NounPhrases.PEOPLE);
    private static final Pattern PEOPLE_PLAIN = Pattern.compile("(?i)" + NounPhrases.PEOPLE);
    private static final String[] STEMS;
    /** {@link #STEMS} as char arrays. */
    private static final char[][] STEM_CHARS;
    /** Stem ids by their first two chars ({@code first * 128 + second}); every stem has at least two, all ASCII. */
    private static final int[][] BY_PAIR = new int[128 * 128][];
    /** The pairs {@link #BY_PAIR} holds stems for, as bits: a table small enough to stay in the cache. */
    private static final long[] PAIRS = new long[128 * 128 / 64];
    private static final int[][] RULE_STEMS;
    /** The letters each passive rule's verbs may begin with ({@link FirstLetters}); null for the other rules. */
    private static final boolean[][] VERB_LETTERS;
    private static final int SHOT;
    private static final int FATALLY;

    static {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String stem : CUE_STEMS) {
            ids.putIfAbsent(stem, ids.size());
        }
        ids.putIfAbsent("fatally", ids.size());
        List<CasualtyPatterns.Rule> rules = CasualtyPatterns.RULES;
        RULE_STEMS = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            String[] stems = rules.get(r).stems();
            RULE_STEMS[r] = new int[stems.length];
            for (int i = 0; i < stems.length; i++) {
                ids.putIfAbsent(stems[i], ids.size());
                RULE_STEMS[r][i] = ids.get(stems[i]);
            }
        }
        STEMS = ids.keySet().toArray(new String[0]);
        STEM_CHARS = new char[STEMS.length][];
        for (int id = 0; id < STEMS.length; id++) {
            STEM_CHARS[id] = STEMS[id].toCharArray();
        }
        for (int id = 0; id < STEMS.length; id++) {
            if (!STEMS[id].matches("[a-z]{2,}")) {
                throw new IllegalStateException("not a lower-case word of two letters or more: " + STEMS[id]);
            }
            int pair = STEMS[id].charAt(0) * 128 + STEMS[id].charAt(1);
            int[] old = BY_PAIR[pair];
            int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = id;
            BY_PAIR[pair] = grown;
            PAIRS[pair >>> 6] |= 1L << pair;
        }
        VERB_LETTERS = new boolean[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            String verbs = rules.get(r).verbs();
            VERB_LETTERS[r] = verbs == null ? null : FirstLetters.of(verbs);
        }
        SHOT = ids.get("shot");
        FATALLY = ids.get("fatally");
    }

    private final Matcher[] unicodeMatchers = new Matcher[CasualtyPatterns.RULES.size() + 1];
    private final Matcher[] plainMatchers = new Matcher[CasualtyPatterns.RULES.size() + 1];
    /** The matchers set to the sentence so far: a matcher is set to it only before its first search in it. */
    private final Matcher[] ready = new Matcher[2 * (CasualtyPatterns.RULES.size() + 2)];
    private int readyCount;
    /** The sentence's chars, {@link Starts#fold folded}, in a buffer reused from sentence to sentence. */
    private char[] chars = new char[256];
    private final Matcher[] unicodeVerbs = new Matcher[CasualtyPatterns.RULES.size()];
    private final Matcher[] plainVerbs = new Matcher[CasualtyPatterns.RULES.size()];
    private final Matcher cue = CUE.matcher("");
    private final PeopleGate gate = new PeopleGate();
    private final Matcher unicodePeople = bounded(PEOPLE);
    private final Matcher plainPeople = bounded(PEOPLE_PLAIN);
    private Matcher people;
    private boolean plain;
    private boolean prepared;
    private final int[] last = filled(STEMS.length);
    private final int[] first = filled(STEMS.length);
    /** The stems found in the sentence, each once: only their entries of {@link #first} and {@link #last} are set. */
    private final int[] seen = new int[STEMS.length];
    private int seenCount;
    private byte[] peopleAt = new byte[256];
    /** The positions {@link CasualtyPatterns#PEOPLE_STARTS} allows, in order; computed once a sentence. */
    private int[] peopleStarts = new int[64];
    private int peopleStartCount;
    /** The last position the list of people starts covers. */
    private int peopleScannedTo;
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
        for (int i = 0; i < seenCount; i++) {
            last[seen[i]] = -1;
            first[seen[i]] = -1;
        }
        seenCount = 0;
        for (int s = 0; s + 1 < length; s++) {
            char c = chars[s];
            char d = chars[s + 1];
            int pair = c * 128 + d;
            if ((c | d) < 128 && (PAIRS[pair >>> 6] & (1L << pair)) != 0) {
                for (int id : BY_PAIR[pair]) {
                    if (startsWith(chars, length, s, STEM_CHARS[id])) {
                        last[id] = s;
                        if (first[id] < 0) {
                            first[id] = s;
                            seen[seenCount++] = id;
                        }
                    }
                }
            }
        }
        prepared = false;
    }

    /** Whether the first {@code length} chars hold the stem at {@code s}, whose first two chars are known to. */
    private static boolean startsWith(char[] chars, int length, int s, char[] stem) {
        if (s + stem.length > length) {
            return false;
        }
        for (int i = 2; i < stem.length; i++) {
            if (chars[s + i] != stem[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] filled(int length) {
        int[] positions = new int[length];
        java.util.Arrays.fill(positions, -1);
        return positions;
    }

    /** Readies the people memo and the pattern set for the sentence; only sentences with a cue need them. */
    private void prepare() {
        if (peopleAt.length < text.length()) {
            peopleAt = new byte[Math.max(text.length(), peopleAt.length * 2)];
        } else {
            java.util.Arrays.fill(peopleAt, 0, text.length(), (byte) 0);
        }
        peopleStartCount = 0;
        peopleScannedTo = -1;
        plain = PlainChars.plain(text);
        people = plain ? plainPeople : unicodePeople;
        folded = new String(chars, 0, text.length());
        gate.reset(text, folded);
        prepared = true;
    }

    /** Whether the sentence holds a casualty cue word at all. */
    public boolean cue() {
        int from = -1;
        for (int id = 0; id < CUE_STEMS.length; id++) {
            if (first[id] >= 0 && (from < 0 || first[id] < from)) {
                from = first[id];
            }
        }
        return from >= 0 && cue.reset(text).find(from);
    }

    /**
     * The matcher of rule {@code r} (or of {@link CasualtyPatterns#SHOT_FATALLY} for -1) for the sentence, set to it
     * by {@link #find}: the pattern without the U flag when the sentence is {@link PlainChars#plain plain}.
     */
    public Matcher matcher(int r) {
        if (!prepared) {
            prepare();
        }
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

    private static Matcher bounded(Pattern pattern) {
        return pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The last position where rule {@code r} (or -1 for shot-fatally) may begin a match, or -1 for none. */
    public int limit(int r) {
        int limit = stemLimit(r);
        String verbs = r < 0 ? null : CasualtyPatterns.RULES.get(r).verbs();
        if (limit < 0 || verbs == null) {
            return limit;
        }
        int verb = lastVerb(r, limit);
        return verb < 0 ? -1 : verb - 1;
    }

    /**
     * The last position at or before {@code upTo} where rule {@code r}'s verb alternation matches after a space, or
     * -1: a passive rule's match holds {@code \s+(?<verb>...)\b} after its people, and every verb holds a stem.
     */
    private int lastVerb(int r, int upTo) {
        if (!prepared) {
            prepare();
        }
        Matcher[] verbs = plain ? plainVerbs : unicodeVerbs;
        if (verbs[r] == null) {
            String regex = "(?:" + CasualtyPatterns.RULES.get(r).verbs() + ")\\b";
            verbs[r] = bounded(Pattern.compile((plain ? "(?i)" : "(?iU)") + regex));
        }
        Matcher verb = verbs[r].reset(text);
        boolean[] letters = VERB_LETTERS[r];
        for (int v = Math.min(upTo, text.length() - 1); v > 0; v--) {
            char c = folded.charAt(v);
            boolean mayBegin = letters == null || c >= 128 || (c >= 'a' && c <= 'z' && letters[c - 'a']);
            if (mayBegin && PeopleGate.isSpace(text.charAt(v - 1)) && verb.region(v, text.length()).lookingAt()) {
                return v;
            }
        }
        return -1;
    }

    private int stemLimit(int r) {
        if (r < 0) {
            return first[FATALLY] < 0 ? -1 : last[SHOT];
        }
        int limit = -1;
        for (int id : RULE_STEMS[r]) {
            limit = Math.max(limit, last[id]);
        }
        return limit;
    }

    /**
     * Finds the next match at or after {@code from} of {@link #matcher matcher} {@code m} of rule {@code r} (or of
     * shot-fatally for -1), as {@code find()} would; an active rule is tried only where one of the words after its
     * verb's first word begins a people phrase.
     */
    public boolean find(int r, Matcher m, int from, int limit) {
        if (!prepared) {
            prepare();
        }
        Starts starts = r < 0 ? CasualtyPatterns.PEOPLE_STARTS : CasualtyPatterns.RULES.get(r).starts();
        if (starts == CasualtyPatterns.PEOPLE_STARTS) {
            return findAtPeople(m, from, limit);
        }
        int words = r < 0 ? 0 : CasualtyPatterns.RULES.get(r).verbWords();
        for (int s = starts.next(text, folded, from, limit); s >= 0; s = starts.next(text, folded, s + 1, limit)) {
            if (words > 0 && !peopleAfter(s, words)) {
                continue;
            }
            ready(m).region(s, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private boolean findAtPeople(Matcher m, int from, int limit) {
        listPeopleStarts(limit);
        for (int i = 0; i < peopleStartCount; i++) {
            int s = peopleStarts[i];
            if (s > limit) {
                return false;
            }
            if (s >= from && peopleAt(s)) {
                ready(m).region(s, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a people phrase begins at one of the {@code words} tokens after the one at {@code s}. An active rule's
     * verb is words of letters joined by {@code \\s+}, and {@link PeopleGate#isSpace} spaces hold every {@code \\s}:
     * its people, after the verb and {@code \\s+}, begin where one of those tokens does.
     */
    private boolean peopleAfter(int s, int words) {
        int n = text.length();
        int i = s;
        for (int word = 0; word < words; word++) {
            while (i < n && !PeopleGate.isSpace(text.charAt(i))) {
                i++;
            }
            while (i < n && PeopleGate.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            if (peopleAt(i)) {
                return true;
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

    /** Lists the positions {@link CasualtyPatterns#PEOPLE_STARTS} allows up to {@code limit}, once a sentence. */
    private void listPeopleStarts(int limit) {
        int last = Math.min(limit, text.length() - 1);
        if (peopleScannedTo >= last) {
            return;
        }
        Starts starts = CasualtyPatterns.PEOPLE_STARTS;
        for (int s = starts.next(text, folded, peopleScannedTo + 1, last); s >= 0;
                s = starts.next(text, folded, s + 1, last)) {
            if (peopleStartCount == peopleStarts.length) {
                peopleStarts = java.util.Arrays.copyOf(peopleStarts, peopleStarts.length * 2);
            }
            peopleStarts[peopleStartCount++] = s;
        }
        peopleScannedTo = last;
    }

    /** Whether a people phrase begins at {@code s}; every rule that begins with people or a figure needs one. */
    private boolean peopleAt(int s) {
        if (peopleAt[s] == 0 && !gate.mayBegin(s)) {
            peopleAt[s] = 2;
        }
        if (peopleAt[s] == 0) {
            ready(people).region(s, text.length());
            peopleAt[s] = people.lookingAt() ? (byte) 1 : (byte) 2;
        }
        return peopleAt[s] == 1;
    }
}
