package org.eventtimeline.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.extract.AsciiWords;
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

    /** A matcher of clause breaks ({@code ;}, a quote, a dash between spaces, "that", "which"...) over the text. */
    static Matcher breakMatcher(String text) {
        return CLAUSE_BREAK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** A matcher of verb cues over the text, to be run by region and {@code lookingAt} inside one clause. */
    static Matcher cueMatcher(String text) {
        return CUE.matcher(text).useTransparentBounds(true);
    }

    /** A punctuation break, a space before a dash, or one of the break words: where a break can start. */
    static boolean mayStartBreak(String text, int s) {
        return switch (text.charAt(s)) {
            case ';', ':', '"', '“', '”' -> true;
            case 't' -> text.startsWith("that", s);
            case 'w' -> text.startsWith("which", s) || text.startsWith("who", s);
            case 'b' -> text.startsWith("because", s);
            case 'a' -> text.startsWith("although", s);
            case ' ', '\t', '\n', 0x0B, '\f', '\r' -> s + 1 < text.length() && "—–-".indexOf(text.charAt(s + 1)) >= 0;
            default -> false;
        };
    }

    /** A letter not preceded by an ASCII letter, digit or underscore, or an apostrophe ("’ll"). */
    static boolean mayStartCue(String text, int at, int to) {
        char c = text.charAt(at);
        if (c == '’' || c == '\'') {
            return true;
        }
        if (!AsciiWords.isAsciiLetter(c)) {
            return false;
        }
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (before < 128 && (Character.isLetterOrDigit(before) || before == '_')) {
                return false;
            }
        }
        int wordEnd = at;
        while (wordEnd < to && AsciiWords.isAsciiLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        // every cue starts with one of its first words, or is a lower-case word ending in "ed"
        if (wordEnd - at >= 2 && text.charAt(wordEnd - 2) == 'e' && text.charAt(wordEnd - 1) == 'd') {
            return true;
        }
        return wordEnd - at <= LONGEST_FIRST_WORD
                && FIRST_WORD_MASK.bitsOfWord(text, at, wordEnd) != 0;
    }

    /** The tense of a cue match, or null for a neutral cue ("be held") or a word that only looks past ("need"). */
    static Tense tenseOf(Matcher cue) {
        if (cue.start(NEUTRAL) >= 0) {
            return null;
        }
        if (cue.start(FUTURE) >= 0 || cue.start(SHORT) >= 0) {
            return Tense.FUTURE;
        }
        if (cue.start(PAST) >= 0) {
            return cue.end(PAST) - cue.start(PAST) <= LONGEST_NOT_PAST
                    && NOT_PAST.contains(cue.group(PAST).toLowerCase(Locale.ROOT)) ? null : Tense.PAST;
        }
        return Tense.PRESENT;
    }

    /** The numbers of {@link #CUE}'s named groups, in the order they open (looked up by number, not by name). */
    static final int NEUTRAL = 1;
    static final int FUTURE = 2;
    static final int PAST = 3;
    static final int SHORT = 5;
    private static final int LONGEST_NOT_PAST = 7;
}
