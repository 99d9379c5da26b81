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
    /** Literals a counted phrase ("at least five", "his two sons", "12") begins with, digits aside. */
    private static final String[] COUNTED_FIRST = {"another", "all", "his", "her", "their", "its", "at", "more", "over",
        "upwards", "no", "in", "a", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "up",
        "as", "close", "fewer", "less", "just", "only", "half", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    /** The words a single-person phrase ("the officer") begins with. */
    private static final String[] SINGLE_FIRST = {"a", "an", "one", "the", "another", "his", "her"};
    /** The first word of every singular person noun. */
    private static final java.util.Set<String> SINGULAR_FIRST = singularFirstWords();

    private static final String[] STEMS;
    /** Stem ids by their first two chars ({@code first * 128 + second}); every stem has at least two, all ASCII. */
    private static final int[][] BY_PAIR = new int[128 * 128][];
    private static final int[][] RULE_STEMS;
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
        for (int id = 0; id < STEMS.length; id++) {
            if (!STEMS[id].matches("[a-z]{2,}")) {
                throw new IllegalStateException("not a lower-case word of two letters or more: " + STEMS[id]);
            }
            int pair = STEMS[id].charAt(0) * 128 + STEMS[id].charAt(1);
            int[] old = BY_PAIR[pair];
            int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = id;
            BY_PAIR[pair] = grown;
        }
        SHOT = ids.get("shot");
        FATALLY = ids.get("fatally");
    }

    private final Matcher[] unicodeMatchers = new Matcher[CasualtyPatterns.RULES.size() + 1];
    private final Matcher[] plainMatchers = new Matcher[CasualtyPatterns.RULES.size() + 1];
    private final Matcher cue = CUE.matcher("");
    private final Matcher unicodePeople = bounded(PEOPLE);
    private final Matcher plainPeople = bounded(PEOPLE_PLAIN);
    private Matcher people;
    private boolean plain;
    private boolean prepared;
    private final int[] last = new int[STEMS.length];
    private final int[] first = new int[STEMS.length];
    private byte[] peopleAt = new byte[256];
    /** The positions {@link CasualtyPatterns#PEOPLE_STARTS} allows, in order; computed once a sentence. */
    private int[] peopleStarts = new int[64];
    private int peopleStartCount;
    private String text;
    private String folded;

    /** Takes the next sentence: folds it and notes where each stem first and last occurs. */
    public void reset(String sentence) {
        text = sentence;
        folded = Starts.fold(sentence);
        java.util.Arrays.fill(last, -1);
        java.util.Arrays.fill(first, -1);
        for (int s = 0; s + 1 < folded.length(); s++) {
            char c = folded.charAt(s);
            char d = folded.charAt(s + 1);
            int[] candidates = c < 128 && d < 128 ? BY_PAIR[c * 128 + d] : null;
            if (candidates != null) {
                for (int id : candidates) {
                    if (folded.startsWith(STEMS[id], s)) {
                        last[id] = s;
                        if (first[id] < 0) {
                            first[id] = s;
                        }
                    }
                }
            }
        }
        prepared = false;
    }

    /** Readies the people memo and the pattern set for the sentence; only sentences with a cue need them. */
    private void prepare() {
        if (peopleAt.length < text.length()) {
            peopleAt = new byte[Math.max(text.length(), peopleAt.length * 2)];
        } else {
            java.util.Arrays.fill(peopleAt, 0, text.length(), (byte) 0);
        }
        peopleStartCount = -1;
        plain = PlainChars.plain(text);
        people = plain ? plainPeople : unicodePeople;
        people.reset(text);
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
     * The matcher of rule {@code r} (or of {@link CasualtyPatterns#SHOT_FATALLY} for -1) on the sentence: the
     * pattern without the U flag when the sentence is {@link PlainChars#plain plain}.
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
        return matchers[slot].reset(text);
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
        if (r < 0) {
            return first[FATALLY] < 0 ? -1 : last[SHOT];
        }
        int limit = -1;
        for (int id : RULE_STEMS[r]) {
            limit = Math.max(limit, last[id]);
        }
        return limit;
    }

    /** Finds the next match of {@code m} at or after {@code from}, as {@code find()} would. */
    public boolean find(Matcher m, Starts starts, int from, int limit) {
        if (starts == CasualtyPatterns.PEOPLE_STARTS) {
            return findAtPeople(m, from, limit);
        }
        for (int s = starts.next(text, folded, from, limit); s >= 0; s = starts.next(text, folded, s + 1, limit)) {
            m.region(s, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private boolean findAtPeople(Matcher m, int from, int limit) {
        if (peopleStartCount < 0) {
            peopleStartCount = 0;
            Starts starts = CasualtyPatterns.PEOPLE_STARTS;
            for (int s = starts.next(text, folded, 0, text.length()); s >= 0;
                    s = starts.next(text, folded, s + 1, text.length())) {
                if (peopleStartCount == peopleStarts.length) {
                    peopleStarts = java.util.Arrays.copyOf(peopleStarts, peopleStarts.length * 2);
                }
                peopleStarts[peopleStartCount++] = s;
            }
        }
        for (int i = 0; i < peopleStartCount; i++) {
            int s = peopleStarts[i];
            if (s > limit) {
                return false;
            }
            if (s >= from && peopleAt(s)) {
                m.region(s, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a people phrase begins at {@code s}; every rule that begins with people or a figure needs one. */
    private boolean peopleAt(int s) {
        if (peopleAt[s] == 0 && !mayBePeople(s)) {
            peopleAt[s] = 2;
        }
        if (peopleAt[s] == 0) {
            people.region(s, text.length());
            peopleAt[s] = people.lookingAt() ? (byte) 1 : (byte) 2;
        }
        return peopleAt[s] == 1;
    }

    /**
     * False only where no people phrase can begin: not a counted phrase's first word or a digit, not an upper-case
     * letter with a comma after it (a named person "John Smith, 34,"), and not a single-person phrase, which needs a
     * singular person noun as one of the four words after its article.
     */
    private boolean mayBePeople(int s) {
        char c = text.charAt(s);
        if (Character.isSurrogate(c) || Character.isDigit(c) || startsWithAny(s, COUNTED_FIRST)) {
            return true;
        }
        if (Character.getType(c) == Character.UPPERCASE_LETTER && text.indexOf(',', s) >= 0) {
            return true;
        }
        if (s > 0) {
            char before = text.charAt(s - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '-') {
                return false;
            }
        }
        for (String article : SINGLE_FIRST) {
            int at = s + article.length();
            if (folded.startsWith(article, s) && at < text.length() && isSpace(text.charAt(at))
                    && singularWithin(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the four whitespace-separated tokens after {@code at} begins with a singular person noun. */
    private boolean singularWithin(int at) {
        int i = at;
        for (int token = 0; token < 4; token++) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && SINGULAR_FIRST.contains(folded.substring(start, i))) {
                return true;
            }
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                return false;
            }
        }
        return false;
    }

    private boolean startsWithAny(int s, String[] words) {
        for (String word : words) {
            if (folded.startsWith(word, s)) {
                return true;
            }
        }
        return false;
    }

    /** Any char {@code \s} may match under UNICODE_CHARACTER_CLASS (and a few more). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static java.util.Set<String> singularFirstWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String alternative : NounPhrases.SINGULAR.split("\\|")) {
            String first = alternative.split("\\\\s\\+")[0];
            if (first.contains("u?")) {
                words.add(first.replace("u?", "u"));
                words.add(first.replace("u?", ""));
            } else {
                words.add(first);
            }
        }
        for (String word : words) {
            if (!word.matches("[a-z]+")) {
                throw new IllegalStateException("not a plain word: " + word);
            }
        }
        return words;
    }
}
