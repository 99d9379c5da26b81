package org.eventtimeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence's text for the anchors of the actor patterns (verbs, organisation and group nouns) and tells where
 * a match can start, so that each pattern runs only at those offsets.
 */
final class ActorAnchors {

    private ActorAnchors() {
    }

    /** The verbs of {@link ActorPatterns#NAME_BEFORE_SPEECH}, as written there (case-sensitive). */
    static final String[] SPEECH_VERBS = {"said", "says", "told", "added", "wrote", "announced", "stated",
            "noted", "explained", "insisted", "warned", "accused", "urged", "claimed", "issued", "threatened", "denied",
            "vowed", "signed", "visited", "met", "ordered", "called", "praised", "criticized", "criticised",
            "condemned"};
    /** The verbs of {@link ActorPatterns#STATE_ACTING}, as written there (case-sensitive): every match holds one. */
    static final String[] STATE_VERBS = {"said", "says", "announced", "unveiled", "warned", "accused",
            "acknowledged", "rejected", "denied", "launched", "fired", "threatened", "agreed", "signed", "approved",
            "ordered", "sent", "deployed", "imposed", "condemned", "demanded", "offered", "called", "claimed", "urged",
            "vowed", "plans", "wants", "thinks", "believes", "insists", "seeks", "is seeking", "began", "begins",
            "held", "conducted", "staged", "started", "resumed", "suspended", "withdrew", "invaded", "struck",
            "attacked", "expelled", "recalled", "evacuated"};
    /** The nouns of {@link ActorPatterns#CITY_POLICE}; one or two capitalised words come before them. */
    static final String[] AUTHORITY_NOUNS = {"police", "authorities", "officials", "prosecutors",
            "firefighters"};
    static final int AUTHORITY_TOKENS = 2;

    /**
     * A scan of a pattern that starts with an upper-case letter and ends with one of the verbs: it tries the
     * upper-case letters up to the last verb's offset from which the verb can be reached, which gives the matches
     * {@code find()} gives.
     */
    static AnchoredScan beforeVerb(Matcher matcher, String text, int[] verbs, java.util.function.IntPredicate reach) {
        return new AnchoredScan(matcher, text, verbs, anchor -> 0)
                .startingWhere(s -> mayStartName(text, s) && !afterNameChar(text, s) && reach.test(s));
    }

    /**
     * Whether the char before {@code s} is a letter, {@code ’}, {@code '} or {@code -}: where the look-behind
     * {@code (?<![\p{L}’'-])} that both verb patterns start with fails.
     */
    static boolean afterNameChar(String text, int s) {
        if (s == 0) {
            return false;
        }
        char c = text.charAt(s - 1);
        return Character.isLetter(c) || c == '’' || c == '\'' || c == '-';
    }

    /** Whether an upper-case letter ({@code \p{Lu}} or {@link Character#isUpperCase(int)}) is at {@code s}. */
    static boolean mayStartName(String text, int s) {
        char first = text.charAt(s);
        if (first < 128) {
            return first >= 'A' && first <= 'Z';
        }
        int c = text.codePointAt(s);
        return Character.isUpperCase(c) || Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static final int[] NONE = {};
    /** The words the sentence patterns need right after {@code \s+}, found in one pass at word starts only. */
    private static final Literals AFTER_SPACE = Literals.ofSets(ActorPatterns.DESCRIBED_NOUNS, AUTHORITY_NOUNS,
            SPEECH_VERBS, STATE_VERBS);
    /** The organisation words, capitalised: a match can start with one inside a word ("XCouncil"). */
    private static final Literals ORGANISATION = new Literals(ActorPatterns.ORGANISATION_NOUNS);
    /** The group nouns, found anywhere: a match can start inside a word ("fighters" of "firefighters"). */
    private static final Literals GROUP = new Literals(ActorPatterns.GROUP_NOUNS);

    /** The anchors of one sentence's patterns; a set the gate does not let run is left empty. */
    record Found(int[] organisation, int[] described, int[] authority, int[] group, int[] speech, int[] state) {

        /** Reads the sets of the patterns the gate ({@link ActorGate} bits) lets run. */
        static Found in(String text, long gate) {
            int[][] spaced = (gate & (ActorGate.VERB | ActorGate.AUTHORITY)) != 0
                    ? AFTER_SPACE.positionsOfEachAfterSpaceIn(text) : new int[][] {NONE, NONE, NONE, NONE};
            return new Found((gate & ActorGate.ORGANISATION) != 0 ? ORGANISATION.positionsAtCapitalsIn(text) : NONE,
                    spaced[0], spaced[1], (gate & ActorGate.GROUP) != 0 ? GROUP.positionsIn(text) : NONE,
                    spaced[2], spaced[3]);
        }
    }

    /**
     * How far back from an organisation word a {@link ActorPatterns#NAMED_ORGANISATION} match can start: its words
     * and connectors hold only letters and {@code &’'.-}, so over the tokens before the word's own that hold nothing
     * else, plus one more token (a match may start inside it, as "x,Foo Council" at "Foo").
     */
    static int nameChainStart(String text, int anchor) {
        int start = AnchoredScan.walkBack(text, anchor, 0);
        while (start > 0) {
            int previous = AnchoredScan.walkBack(text, start, 1);
            if (!onlyNameChars(text, previous, start)) {
                return previous;
            }
            start = previous;
        }
        return start;
    }

    /** Whether text[from, to) holds only whitespace and chars an organisation name's words can hold. */
    private static boolean onlyNameChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || Character.isSurrogate(c) || Character.isWhitespace(c)
                    || c == '&' || c == '’' || c == '\'' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A scan of one organisation pattern that tries only the starts a few tokens before its anchor word. */
    static AnchoredScan organisationScan(Matcher matcher, String text, Found anchors) {
        Pattern pattern = matcher.pattern();
        if (pattern == ActorPatterns.NAMED_ORGANISATION) {
            return new AnchoredScan(matcher, text, anchors.organisation(),
                    anchor -> Math.max(AnchoredScan.walkBack(text, anchor, ActorPatterns.ORGANISATION_TOKENS),
                            nameChainStart(text, anchor)))
                    .startingWhere(s -> Character.isUpperCase(text.charAt(s)));
        }
        if (pattern == ActorPatterns.ACRONYM) {
            return new AnchoredScan(matcher, text, ActorPatterns.capitalRuns(text),
                    anchor -> AnchoredScan.walkBack(text, anchor, 0))
                    .startingWhere(s -> Character.isUpperCase(text.charAt(s)));
        }
        if (pattern == ActorPatterns.DESCRIBED_ORGANISATION) {
            return new AnchoredScan(matcher, text, DescribedAnchors.before(text, anchors.described()),
                    anchor -> AnchoredScan.walkBack(text, anchor, ActorPatterns.DESCRIBED_TOKENS)).startingWhere(s -> Character.isLetter(text.charAt(s))
                            && ActorStarts.mayStartDescribed(text, s));
        }
        return new AnchoredScan(matcher, text, anchors.authority(),
                anchor -> AnchoredScan.walkBack(text, anchor, AUTHORITY_TOKENS)).startingWhere(s -> mayStartName(text, s));
    }
}
