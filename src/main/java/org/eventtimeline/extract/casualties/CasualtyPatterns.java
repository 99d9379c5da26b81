package org.eventtimeline.extract.casualties;

import java.util.List;
import java.util.regex.Pattern;

import org.eventtimeline.extract.CasualtyKind;

/**
 * The casualty rules, in priority order: each reads a sentence and produces matches whose group {@code who} holds
 * the people counted, {@code mid} (passive rules) the words between them and the verb, {@code verb} the verb.
 */
public final class CasualtyPatterns {

    /** Where a rule's figure stands: after its verb, before it (with a {@code mid} group), or in a set phrase. */
    public enum Form { ACTIVE, PASSIVE, FIXED }

    /**
     * One rule: its pattern, the kind it yields, the form of its figure, literals one of which every match holds
     * (lower case; no match begins after the last of them), and where its matches may begin; {@code plain} is the
     * pattern without the U flag, for {@link PlainChars#plain plain} sentences; {@code verbs} is the verb alternation
     * of a passive rule (null for the others); {@code verbWords} the most words an active rule's verb spans before its
     * people ({@link VerbWords}; 0 for the others, or when unbounded); {@code tail} and {@code plainTail} are what
     * follows a passive rule's {@code who} group, the pattern from its {@code mid} group on (null for the others).
     */
    public record Rule(Pattern pattern, Pattern plain, CasualtyKind kind, Form form, String[] stems, Starts starts,
                       String verbs, int verbWords, Pattern tail, Pattern plainTail) {

        public boolean active() {
            return form == Form.ACTIVE;
        }
    }

    private static final String PEOPLE = NounPhrases.PEOPLE;
    private static final String FIGURE = Figure.REGEX;
    private static final String TOKEN = "(?:" + Alternation.factor("was|were|is|are|has|have|had|been|being|be|got|get"
            + "|remain|remains|remained"
            + "|reportedly|later|also|all|both|subsequently|eventually|initially|then|now|still|since|each|feared"
            + "|believed|presumed|thought|reported|confirmed|said|known|understood|listed|to|may|might|could|must"
            + "|would|will|(?!fatally\\b)\\p{L}+ly") + ")";
    private static final String NOT_AFTER_VERB = "(?<!\\b(?:" + Alternation.factor("killed|killing|kills|injured"
            + "|injuring|wounded|wounding"
            + "|hurt|shot|shooting|arrested|arresting|detained|detaining|kidnapped|kidnapping|abducted|abducting"
            + "|seized") + ")\\s)";
    private static final String SHOT_FATALLY_REGEX = "(?<who>" + PEOPLE + ")(?<mid>,?(?:\\s+" + TOKEN
            + "){1,4}?)\\s+(?<verb>shot),?\\s+(?<fatal>" + FIGURE + ")\\s+(?:of\\s+(?:them|whom)\\s+)?fatally\\b";
    private static final String HOSPITAL = "(?:a\\s+|the\\s+|local\\s+|area\\s+|nearby\\s+|several\\s+)*hospitals?";

    static final String KILLED_PASSIVE = "shot\\s+dead|shot\\s+and\\s+killed|shot\\s+to\\s+death"
            + "|shot(?:\\s+[\\p{L}\\d'-]+){0,5}?\\s+and\\s+(?:later\\s+|then\\s+|subsequently\\s+)?died"
            + "|gunned\\s+down|killed"
            + "|(?:stabbed|beaten|burned|burnt|crushed|hacked|bludgeoned|strangled|trampled|choked|shot)\\s+to\\s+death"
            + "|(?:found|pronounced|confirmed|declared)\\s+dead|dead|murdered|slain|assassinated|beheaded|massacred"
            + "|fatally\\s+(?:shot|stabbed|wounded|injured|struck|hit|hurt)|died|perished|drowned"
            + "|lost\\s+(?:their|his|her)\\s+lives?|succumbed\\s+to\\s+(?:their|his|her)\\s+(?:injuries|wounds)"
            + "|(?:suffered|sustained|received)\\s+(?:\\S+\\s+){0,2}?fatal\\s+(?:\\S+\\s+)?(?:injuries|injury|wounds?)";
    static final String INJURED_PASSIVE = "injured|wounded|hurt|hospitali[sz]ed|shot\\s+and\\s+(?:wounded|injured)"
            + "|stabbed|(?:taken|rushed|airlifted|transported|flown)\\s+to\\s+" + HOSPITAL
            + "|treated\\s+for\\s+(?:\\S+\\s+){0,3}?(?:injuries|wounds)"
            + "|(?:suffered|sustained|received)\\s+(?:\\S+\\s+){0,4}?(?:injuries|injury|wounds?)"
            + "|shot(?!\\s+(?:dead|and\\s+killed|to\\s+death))";
    static final String MISSING_PASSIVE = "missing|unaccounted\\s+for|gone\\s+missing|went\\s+missing";
    static final String ABDUCTED_PASSIVE = "kidnapped|abducted|taken\\s+(?:as\\s+)?(?:hostages?|captives?)"
            + "|held\\s+(?:as\\s+)?(?:hostages?|captives?)|snatched";
    static final String ARRESTED_PASSIVE = "arrested|detained|taken\\s+into\\s+(?:police\\s+)?custody|apprehended"
            + "|rounded\\s+up|in\\s+(?:police\\s+)?custody|under\\s+arrest";

    static final String KILLED_ACTIVE = "killed|killing|kills|shot\\s+dead|shooting\\s+dead|shot\\s+and\\s+killed"
            + "|shooting\\s+and\\s+killing|fatally\\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding)"
            + "|murdered|murdering|massacred|massacring|slaughtered|gunned\\s+down|gunning\\s+down";
    static final String INJURED_ACTIVE = "injured|injuring|injures|wounded|wounding|wounds|shot\\s+and\\s+(?:wounded"
            + "|injured)|shooting\\s+and\\s+(?:wounding|injuring)|stabbed|stabbing"
            + "|shot(?!\\s+(?:dead|and\\s+killed))|shooting(?!\\s+(?:dead|and\\s+killing))";
    static final String ABDUCTED_ACTIVE = "kidnapped|kidnapping|kidnaps|abducted|abducting|abducts";
    static final String ARRESTED_ACTIVE = "arrested|arresting|arrests|detained|detaining|detains|apprehended"
            + "|apprehending|rounded\\s+up|rounding\\s+up";

    /** "Two people were shot, one fatally": group {@code fatal} holds the killed share of the {@code who} shot. */
    public static final Pattern SHOT_FATALLY = compile(SHOT_FATALLY_REGEX);

    /** {@link #SHOT_FATALLY} without the U flag, for {@link PlainChars#plain plain} sentences. */
    public static final Pattern SHOT_FATALLY_PLAIN = plain(SHOT_FATALLY_REGEX);

    /** What every passive rule holds before its {@code who} group: no casualty verb and a space just before it. */
    static final Pattern NOT_AFTER_VERB_PATTERN = compile(NOT_AFTER_VERB);

    /** {@link #NOT_AFTER_VERB_PATTERN} without the U flag, for {@link PlainChars#plain plain} sentences. */
    static final Pattern NOT_AFTER_VERB_PLAIN = plain(NOT_AFTER_VERB);

    /** Where {@link #SHOT_FATALLY} and the passive rules may begin: at a phrase counting people. */
    public static final Starts PEOPLE_STARTS = Starts.people();

    /** All other rules, in priority order. */
    public static final List<Rule> RULES = List.of(
            active("shot", "\\s+dead\\b", CasualtyKind.KILLED, "shot"),
            passive(KILLED_PASSIVE, CasualtyKind.KILLED, "shot", "gunned", "killed", "death", "dead", "murdered",
                    "slain", "assassinated", "beheaded", "massacred", "fatally", "died", "perished", "drowned", "lost",
                    "succumbed", "fatal"),
            active(KILLED_ACTIVE, "", CasualtyKind.KILLED, "kill", "shot", "shooting", "fatally", "murder", "massacr",
                    "slaughter", "gunn"),
            fixed("\\b(?:death\\s+toll|toll|number\\s+of\\s+(?:dead|deaths|fatalities|people\\s+killed"
                    + "|those\\s+killed))\\b[^.;:!?]{0,120}?\\b(?<verb>rose|risen|rises|rising|climbed"
                    + "|climbs|jumped|increased|reached"
                    + "|reaches|hit|hits|stood|stands|stand|is|was|now|of|to|at)\\s+(?:to\\s+|at\\s+)?(?<who>"
                    + FIGURE + ")", CasualtyKind.KILLED, Starts.literals("death", "toll", "number"), "toll", "number"),
            fixed("(?<who>" + FIGURE + ")\\s+(?:(?:confirmed|reported|known|more|other|additional|civilian|new|further"
                    + "|\\p{L}+-related)\\s+)?(?<verb>deaths|fatalities)\\b", CasualtyKind.KILLED, PEOPLE_STARTS,
                    "deaths", "fatalities"),
            fixed("\\b(?<verb>claimed|claiming|claims|took|taking|cost|costing|costs)\\s+(?:the\\s+)?lives\\s+of\\s+"
                    + "(?<who>" + PEOPLE + ")", CasualtyKind.KILLED, Starts.literals("claim", "took", "taking", "cost"),
                    "lives"),
            fixed("\\b(?<verb>claimed|claiming|claims|took|taking|cost|costing|costs)\\s+(?<who>" + FIGURE
                    + ")\\s+lives\\b", CasualtyKind.KILLED, Starts.literals("claim", "took", "taking", "cost"), "lives"),
            fixed("(?<who>" + FIGURE + ")\\s+lives\\s+(?:were|have\\s+been|had\\s+been)\\s+(?<verb>lost)",
                    CasualtyKind.KILLED, PEOPLE_STARTS, "lives"),
            passive(INJURED_PASSIVE, CasualtyKind.INJURED, "injur", "wound", "hurt", "hospital", "shot", "stabbed"),
            active(INJURED_ACTIVE, "", CasualtyKind.INJURED, "injur", "wound", "shot", "shooting", "stab"),
            active("sent|sending|sends|put|putting", "\\s+(?:to|in|into)\\s+" + HOSPITAL, CasualtyKind.INJURED,
                    "sen", "put"),
            active("found|discovered|located|find|finding", "\\s+(?:with|suffering(?:\\s+from)?)\\s+(?:\\S+\\s+){0,3}?"
                    + "(?:gunshot|stab|bullet)\\s+wounds?\\b", CasualtyKind.INJURED, "found", "discover", "locate",
                    "find"),
            passive(MISSING_PASSIVE, CasualtyKind.MISSING, "missing", "unaccounted"),
            passive(ABDUCTED_PASSIVE, CasualtyKind.ABDUCTED, "kidnapped", "abducted", "hostage", "captive", "snatched"),
            active(ABDUCTED_ACTIVE, "", CasualtyKind.ABDUCTED, "kidnap", "abduct"),
            fixed("\\b(?<verb>took|taking|takes|seized|seizing|holding|held)\\s+(?<who>" + FIGURE
                    + ")\\s+(?:\\p{L}+\\s+)?hostages\\b", CasualtyKind.ABDUCTED,
                    Starts.literals("took", "tak", "seiz", "hold", "held"), "hostages"),
            active("took|taking|takes|seized|seizing|held|holding", "\\s+(?:as\\s+)?(?:hostages?|captives?)\\b",
                    CasualtyKind.ABDUCTED, "took", "tak", "seiz", "held", "hold"),
            passive(ARRESTED_PASSIVE, CasualtyKind.ARRESTED, "arrest", "detained", "custody", "apprehended", "rounded"),
            active(ARRESTED_ACTIVE, "", CasualtyKind.ARRESTED, "arrest", "detain", "apprehend", "round"),
            fixed("\\b(?<verb>made|making|makes)\\s+(?<who>" + FIGURE + ")\\s+arrests\\b", CasualtyKind.ARRESTED,
                    Starts.literals("made", "mak"), "arrests"),
            fixed("(?<who>" + FIGURE + ")\\s+arrests\\s+(?:were|have\\s+been|had\\s+been)\\s+(?<verb>made)",
                    CasualtyKind.ARRESTED, PEOPLE_STARTS, "arrests"));

    private CasualtyPatterns() {
    }

    /**
     * A reduced or short relative clause between the people and their verb: "a policeman deployed in Haiti has gone
     * missing", "four Americans who crossed into Mexico were kidnapped".
     */
    private static final String POSTED = "(?:\\s+(?:deployed|stationed|based|serving|working|living|travel(?:l)?ing"
            + "|visiting|posted)\\s+(?:in|at|to|on|near|with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}"
            + "|\\s+who\\s+(?!(?:was|were|had|have|has)\\b)(?:[\\p{L}\\d'’-]+\\s+){0,7}?[\\p{L}\\d'’-]+)?";

    /** A rule whose people precede the verb; every verb holds one of the stems. */
    private static Rule passive(String verbs, CasualtyKind kind, String... stems) {
        String factored = Alternation.factor(verbs);
        String tail = "(?<mid>" + POSTED + ",?(?:\\s+" + TOKEN + "){0,5}?)\\s+(?<verb>" + factored + ")\\b";
        String regex = NOT_AFTER_VERB + "(?<who>" + PEOPLE + ")" + tail;
        return new Rule(compile(regex), plain(regex), kind, Form.PASSIVE, stems, PEOPLE_STARTS, factored, 0,
                compile(tail), plain(tail));
    }

    /** A rule whose people follow the verb; every verb begins with one of the stems. */
    private static Rule active(String verbs, String tail, CasualtyKind kind, String... stems) {
        String regex = "\\b(?<verb>" + Alternation.factor(verbs) + ")\\s+(?<who>" + PEOPLE
                + ")(?!\\s+(?:were|was|are|is|have|has"
                + "|had|remain|remained|died|injured|wounded|hurt|missing|killed)\\b)" + tail;
        return new Rule(compile(regex), plain(regex), kind, Form.ACTIVE, stems, Starts.literals(stems), null,
                VerbWords.max(verbs), null, null);
    }

    /** A set phrase: its matches begin at the starts and hold one of the stems. */
    private static Rule fixed(String regex, CasualtyKind kind, Starts starts, String... stems) {
        return rule(regex, kind, Form.FIXED, stems, starts);
    }

    private static Rule rule(String regex, CasualtyKind kind, Form form, String[] stems, Starts starts) {
        return new Rule(compile(regex), plain(regex), kind, form, stems, starts, null, 0, null, null);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?iU)" + regex);
    }

    private static Pattern plain(String regex) {
        return Pattern.compile("(?i)" + regex);
    }
}
