package org.eventtimeline.extract.dates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.Tense;
import org.eventtimeline.extract.WordMask;

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
    private static final int LONGEST_FIRST_WORD = 11;
    /** The first word of every {@link #CUE} alternative but the "-ed" forms and "’ll". */
    private static final Set<String> FIRST_WORDS = Set.of("be", "being", "will", "shall", "won", "would", "going",
            "is", "are", "was", "were", "been", "plan", "plans", "planning", "intend", "intends", "scheduled", "set",
            "due", "to", "upcoming", "postponed", "delayed", "adjourned", "deferred", "rescheduled", "pushed", "put",
            "had", "did", "has", "have", "said", "told", "took", "made", "went", "came", "left", "fled", "died",
            "killed", "shot", "hit", "began", "saw", "fell", "held", "met", "lost", "led", "found", "gave", "broke",
            "ran", "struck", "stole", "sent", "spoke", "wrote", "ago", "am", "says", "tells", "does", "do", "he",
            "she", "it", "who");
    private static final WordMask FIRST_WORD_MASK = new WordMask(List.of(FIRST_WORDS));

    /** The tense of the nearest cue in the clause around {@code [start, end)}, or empty when there is none. */
    public Optional<Tense> tenseAround(String text, int start, int end) {
        return new SentenceClauses(text).tenseAround(start, end);
    }

    /** The clause breaks of the whole text, in text order: start and end of each, flat. */
    static int[] breaks(String text) {
        int[] found = new int[8];
        int n = 0;
        // a break starts with a punctuation mark, a space or the first letter of its word: only those are tried
        Matcher br = null;
        for (int s = 0; s < text.length(); s++) {
            if (!mayStartBreak(text, s)) {
                continue;
            }
            if (br == null) {
                br = CLAUSE_BREAK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            br.region(s, text.length());
            if (!br.lookingAt()) {
                continue;
            }
            s = br.end() - 1;
            if (n + 2 > found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[n++] = br.start();
            found[n++] = br.end();
        }
        return Arrays.copyOf(found, n);
    }

    /**
     * The tense cues of the clause {@code [from, to)} in text order: start, end and {@link Tense} ordinal of each,
     * flat; cues of no tense ("be held", "need") are left out.
     */
    static int[] cues(String text, int from, int to) {
        // The cue pattern is tried only where one can start (a word's first letter, an apostrophe), as find() would
        // meet them; transparent bounds differ from find() in the clause only at its edges, where a clause break
        // leaves no letter a cue could start or end with.
        int[] found = new int[6];
        int n = 0;
        Matcher cue = null;
        for (int s = from; s < to; s++) {
            if (!mayStartCue(text, s, to)) {
                continue;
            }
            if (cue == null) {
                cue = CUE.matcher(text).useTransparentBounds(true);
            }
            cue.region(s, to);
            if (!cue.lookingAt()) {
                continue;
            }
            s = Math.max(cue.end(), s + 1) - 1;
            Tense tense = tenseOf(cue);
            if (tense == null) {
                continue;
            }
            if (n + 3 > found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[n++] = cue.start();
            found[n++] = cue.end();
            found[n++] = tense.ordinal();
        }
        return Arrays.copyOf(found, n);
    }

    /** The chars a {@link #CLAUSE_BREAK} match can start with, besides {@code \\s}. */
    private static final String BREAK_FIRST_CHARS = ";:\"“”twba";

    /** The words of {@link #CLAUSE_BREAK} ("who" also starts "whom"). */
    private static final String[] BREAK_WORDS = {"that", "which", "who", "because", "although"};

    /** A punctuation break, a space before a dash, or one of the break words: where a break can start. */
    private static boolean mayStartBreak(String text, int s) {
        char c = text.charAt(s);
        if (isRegexSpace(c)) {
            return s + 1 < text.length() && "—–-".indexOf(text.charAt(s + 1)) >= 0;
        }
        if (BREAK_FIRST_CHARS.indexOf(c) < 0) {
            return false;
        }
        if (c != 't' && c != 'w' && c != 'b' && c != 'a') {
            return true;
        }
        for (String word : BREAK_WORDS) {
            if (text.startsWith(word, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A letter not preceded by an ASCII letter, digit or underscore, or an apostrophe ("’ll"). */
    private static boolean mayStartCue(String text, int at, int to) {
        char c = text.charAt(at);
        if (c == '’' || c == '\'') {
            return true;
        }
        if (!isAsciiLetter(c)) {
            return false;
        }
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (before < 128 && (Character.isLetterOrDigit(before) || before == '_')) {
                return false;
            }
        }
        int wordEnd = at;
        while (wordEnd < to && isAsciiLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        // every cue starts with one of its first words, or is a lower-case word ending in "ed"
        if (wordEnd - at >= 2 && text.charAt(wordEnd - 2) == 'e' && text.charAt(wordEnd - 1) == 'd') {
            return true;
        }
        return wordEnd - at <= LONGEST_FIRST_WORD
                && FIRST_WORD_MASK.bitsOfWord(text, at, wordEnd) != 0;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
