package org.eventtimeline.extract.casualties;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex fragments for noun phrases that count people ("five people", "two suspected insurgents", "a 17-year-old
 * boy", "John Smith, 34,") and their coordinations; reads such a phrase and produces the number of people it names.
 */
public final class NounPhrases {

    static final String SINGULAR = "person|man|woman|child|kid|boy|girl|teenager|teen|youth|adult|infant"
            + "|baby|toddler|newborn|civilian|soldier|serviceman|servicemember|officer|policeman|policewoman|cop"
            + "|trooper|deputy|official|student|schoolgirl|schoolboy|pupil|worker|employee|passenger|pedestrian"
            + "|motorist|driver|cyclist|bicyclist|motorcyclist|rider|resident|villager|local|protester|protestor"
            + "|demonstrator|militant|insurgent|rebel|fighter|gunman|attacker|assailant|shooter|suspect|member"
            + "|victim|miner|pilgrim|worshipper|worshiper|tourist|visitor|migrant|refugee|journalist|reporter"
            + "|photographer|guard|firefighter|rescuer|relative|sailor|marine|fisherman|farmer|hostage|prisoner"
            + "|inmate|detainee|peacekeeper|militiaman|jihadist|terrorist|extremist|leader|commander|chief"
            + "|activist|national|citizen|foreigner|patient|doctor|nurse|teacher|shopper|bystander|occupant"
            + "|individual|juvenile|minor|husband|wife|father|mother|son|daughter|brother|sister|grandmother"
            + "|grandfather|grandson|granddaughter|mom|dad|girlfriend|boyfriend|friend|neighbou?r|clerk|cashier"
            + "|owner|customer|priest|pastor|imam|lawyer|smuggler|trafficker|pirate|robber|thief|bandit"
            + "|hiker|climber|swimmer|camper|skier|diver|sailor|trekker|mountaineer|boater|survivor|guest|fan"
            + "|spectator|commuter|traveller|traveler|parishioner|churchgoer|concertgoer|partygoer|student|staffer"
            + "|lawmaker|politician|mayor|councillor|councilman|judge|prosecutor|contractor|laborer|labourer"
            + "|crew\\s+member|family\\s+member|gang\\s+member|police\\s+officer|security\\s+guard|aid\\s+worker";
    /** {@link #SINGULAR} with shared leading chars factored out, for patterns. */
    private static final String SINGULAR_WORDS = Alternation.factor(SINGULAR);
    private static final String IRREGULAR_PLURAL = Alternation.factor("people|men|women|children|persons|policemen"
            + "|policewomen"
            + "|gunmen|fishermen|servicemen|militiamen|police|crew|staff|others|thieves|teenagers|youths"
            + "|(?-i:\\p{Lu}\\p{Ll}+(?:ans|ese|is))"
            + "|(?-i:French|British|Dutch|Irish|Swiss|Thai|Kurds|Turks|Poles|Britons)");
    private static final String PLURAL = "(?:" + IRREGULAR_PLURAL + "|(?:" + SINGULAR_WORDS + ")s)";
    /** The words a {@link #MODIFIER} may not be. */
    static final String STOP_WORDS = "and|or|of|in|on|at|were|was|are|is|have|has|had|who|the|a|an|by|for|with|from"
            + "|to|been|not|no|dead|killed|injured|wounded|missing";
    /**
     * A word before the person noun, not a number nor a stop word; its lookaheads only test whether they match, so
     * they hold the {@link NumberWords#COMPACT compact} number and the stop words as written (fewer groups).
     */
    private static final String MODIFIER = "(?:(?!" + NumberWords.COMPACT + ")(?!(?:" + STOP_WORDS
            + ")\\b)[\\p{L}\\d][\\p{L}\\d'’.-]*)";
    private static final String ASIDE_START = "including|among\\s+them|among\\s+whom|most\\s+of\\s+them|mostly"
            + "|all\\s+of\\s+them|" + Figure.REGEX + "\\s+of\\s+(?:them|whom)";
    private static final String OTHER = "(?:\\s+(?:more|others|other|additional|further)\\b)?";

    /** "five people", "two suspected insurgents", "seven others", "two of the victims" or a bare "five". */
    static final String COUNTED = "(?:\\b(?:another|all|his|her|their|its)\\s+)?" + Figure.REGEX + OTHER
            + "(?:(?:\\s+" + MODIFIER + "){0,3}?\\s+" + PLURAL + "\\b"
            + "|\\s+of\\s+(?:the|them|those|whom)(?:(?:\\s+" + MODIFIER + "){0,2}?\\s+" + PLURAL + "\\b)?)?";
    /** "a man", "the officer", "a 17-year-old boy", "a man, 34,". */
    static final String SINGLE = "(?<![\\w-])(?:a|an|one|the|another|his|her)(?:\\s+" + MODIFIER + "){0,3}?\\s+(?:"
            + SINGULAR_WORDS + ")\\b(?:,\\s*\\d{1,2},)?";
    /** "John Smith, 34,": a named person with an age apposition. */
    static final String NAMED = "(?-i:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2}),\\s*\\d{1,2},";
    private static final String UNIT = "(?:" + SINGLE + "|" + NAMED + "|" + COUNTED + ")";
    /** Units joined by "and" or commas, with an optional "including ..." aside after them. */
    public static final String PEOPLE = UNIT + "(?:(?:\\s*,\\s*" + UNIT + ")*\\s*,?\\s+and\\s+" + UNIT + ")?"
            + "(?:\\s*,\\s*(?:" + ASIDE_START + ")\\b"
            + "[^,;]{1,80},)?";

    private static final Pattern UNITS = Pattern.compile("(?i)(" + SINGLE + ")|(" + NAMED + ")|(" + Figure.REGEX + ")");
    private static final Pattern BARE = Pattern.compile("(?i)(?:(?:another|all)\\s+)?" + Figure.REGEX);
    private static final Pattern SUBSET = Pattern.compile("(?i)\\bof\\s+(?:the|them|those|whom)\\b");
    private static final Pattern ASIDE = Pattern.compile(
            "(?i),\\s*(?:" + ASIDE_START + ")\\b.*$");

    private NounPhrases() {
    }

    /** The number of people a phrase matched by {@link #PEOPLE} names, or null when it names no precise number. */
    public static Figure count(String phrase) {
        String head = withoutAside(phrase);
        Figure total = null;
        Matcher m = UNITS.matcher(head);
        while (m.find()) {
            Figure unit = m.group(3) != null ? Figure.parse(m.group(3)) : Figure.ONE;
            if (unit == null) {
                return null;
            }
            total = total == null ? unit : total.plus(unit);
        }
        return total;
    }

    /** Whether the phrase ends in "of the" or "of those", naming a share of a group ("one of those"). */
    public static boolean isShare(String phrase) {
        return SUBSET.matcher(withoutAside(phrase)).find();
    }

    /** The phrase without its "including ..." aside; an aside begins with a comma. */
    private static String withoutAside(String phrase) {
        return phrase.indexOf(',') < 0 ? phrase : ASIDE.matcher(phrase).replaceFirst("");
    }

    /** Whether the phrase is a bare number with no noun after it ("five", "at least 45"). */
    public static boolean isBare(String phrase) {
        return BARE.matcher(phrase.trim()).matches();
    }
}
