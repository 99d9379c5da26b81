package org.eventtimeline.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** The word patterns and stoplists that name actors in English news: titles, speech verbs, organisation words. */
final class ActorPatterns {

    private static final String TOKEN = "(?:(?:al|el|bin|ibn|van|von|de|da|di|du|del|der|le|la)[- ])?"
            + "\\p{Lu}[\\p{Ll}’']*(?:[’']\\p{Lu}\\p{Ll}+)?(?:-\\p{L}\\p{Ll}*)?";
    private static final String INITIALS = "(?:\\p{Lu}\\.){1,3}";
    private static final String FIRST_TOKEN = "\\p{Lu}[\\p{Ll}’']*(?:[’']\\p{Lu}\\p{Ll}+)?(?:-\\p{L}\\p{Ll}*)?";
    private static final String NAME = "(?:" + INITIALS + "\\s?)?" + FIRST_TOKEN + "(?:\\s+(?:" + INITIALS + "\\s?)?"
            + TOKEN + "){0,3}";
    private static final String TITLES = "(?i:vice[ -]president|president|deputy prime minister|prime minister|"
            + "premier|chancellor|foreign minister|defen[cs]e minister|interior minister|finance minister|"
            + "health minister|minister|secretary of state|secretary-general|secretary general|"
            + "defen[cs]e secretary|secretary|king|queen|crown prince|prince|princess|pope|emperor|senator|sen\\.|"
            + "rep\\.|representative|gov\\.|governor|mayor|attorney general|district attorney|general|gen\\.|"
            + "lt\\.|col\\.|sgt\\.|capt\\.|maj\\.|lieutenant|sergeant|captain|colonel|major|admiral|"
            + "police chief|chief|sheriff|detective|officer|spokes(?:man|woman|person)|leader|ambassador|"
            + "commander|judge|justice|speaker|dr\\.|ceo|chairman|chairwoman|director|commissioner|coach|"
            + "archbishop|bishop|rev\\.|opposition leader|supreme leader|co-founder|founder|chief executive|owner|"
            + "activist|journalist|singer|rapper|actor|actress|star|striker|player|author|businessman|billionaire|"
            + "tycoon|candidate|lawmaker|envoy|negotiator|dissident|pastor|imam|cleric|warlord|commander-in-chief)";

    /** "Japanese Prime Minister Fumio Kishida", "then-North Korean leader Kim Jong-il", "Sen. Jane Doe". */
    static final Pattern TITLED_PERSON = Pattern.compile(
            "(?:(?:then-)?(?<qualifier>U\\.S\\.|US|UK|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)??)\\s+)?"
                    + "(?<title>" + TITLES + ")\\s+(?<name>" + NAME + ")");

    /** "Kim Yo-jong said", "Jane Doe, a neighbour, told reporters", "Kim Yo-jong last month issued". */
    static final Pattern NAME_BEFORE_SPEECH = Pattern.compile(
            "(?<![\\p{L}’'-])(?<name>" + NAME + ")(?:,[^,]{1,60},|,\\s+(?:a|an|the)\\s+[^,]{1,60}?|,)?\\s+(?:(?:also|later|then|earlier|yesterday|today|"
                    + "on \\p{Lu}\\p{Ll}+day|last \\p{Ll}+|this \\p{Ll}+)\\s+)?(?:said|says|told|added|wrote|"
                    + "announced|stated|noted|explained|insisted|warned|accused|urged|claimed|issued|threatened|"
                    + "denied|vowed|signed|visited|met|ordered|called|praised|criticized|criticised|condemned)\\b");

    /** An article or possessive right before a word: what follows is a common or organisation noun. */
    static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her)\\s+$");

    /** Runs of capitalised words, within which an organisation word marks an organisation. */
    static final Pattern NAMED_ORGANISATION = Pattern.compile(
            "(?<org>(?:\\p{Lu}[\\p{L}&’'.-]*\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){0,6}(?:Confederation|"
                    + "Association|Federation|Organi[sz]ation|Council|Committee|Ministry|Department|Agency|Army|"
                    + "Forces|Party|Union|Bank|Company|Corporation|Corp\\.|Inc\\.|Group|Office|Commission|Court|"
                    + "University|Institute|Service|Guard|Front|Movement|Brigades?|Authority|Administration|Fund|"
                    + "League|Church|Hospital|Bureau|Mission|Coalition|Alliance|Police|Navy|Parliament|Congress|"
                    + "Senate|Cabinet|Nations|Red Cross|Red Crescent)(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2})?)");

    /** FIFA, NATO, UN; not a hyphenated adjective ("UN-backed"). */
    static final Pattern ACRONYM = Pattern.compile("(?<![\\p{Lu}(-]\\s?)\\b(?<org>\\p{Lu}{2,6})\\b(?![-’'\\s]*\\p{Lu}{2})(?![-)])");

    /** "a UN-backed multinational security mission said", "the government’s crisis management office said". */
    static final Pattern DESCRIBED_ORGANISATION = Pattern.compile(
            "(?<org>(?:(?i:a|an|the)|\\p{L}+[’']s)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:mission|ministry|government|"
                    + "military|army|police|agency|committee|council|court|company|firm|coalition|office|department|"
                    + "authorities|body|force|forces|regulator|watchdog|broadcaster|airline|operator))"
                    + "\\s+(?:(?:on\\s+\\p{Lu}\\p{Ll}+day|yesterday|today|also)\\s+)?"
                    + "(?:said|says|told|announced|reported|stated|confirmed|added)\\b");

    /** "Chicago police", "Houston Police Department" is already an organisation name. */
    static final Pattern CITY_POLICE = Pattern.compile(
            "(?<org>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s+(?:police|authorities|officials|prosecutors|"
                    + "firefighters))\\b");

    /** A two-word name before a possessive, not a place: "Taylor Swift’s concerts". */
    static final Pattern POSSESSOR = Pattern.compile("(?<![\\p{L}’'-])(?<name>" + FIRST_TOKEN + "\\s+" + TOKEN
            + "(?:\\s+" + TOKEN + ")?)[’']s(?=\\s+\\p{Ll})");

    /** A country name right before a verb: "North Korea yesterday said", "Japan and China signed". */
    static final Pattern STATE_ACTING = Pattern.compile(
            "(?<![\\p{L}’'-])(?<state>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)(?:\\s+and\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+"
                    + "(?:\\s\\p{Lu}\\p{Ll}+)?)?\\s+(?:(?:has|have|had|will|would|"
                    + "also|then|yesterday|today|on\\s\\p{Lu}\\p{Ll}+day)\\s+)*(?:said|says|announced|unveiled|warned|"
                    + "accused|acknowledged|rejected|denied|launched|fired|threatened|agreed|signed|approved|"
                    + "ordered|sent|deployed|imposed|condemned|demanded|offered|called|claimed|urged|vowed|"
                    + "plans|wants|thinks|believes|insists|seeks|is seeking|began|begins|held|conducted|staged|started|"
                    + "resumed|suspended|withdrew|invaded|struck|attacked|expelled|recalled|evacuated)\\b");

    /** Groups of people: "Haitian gang members", "Kenyan officers", "armed gunmen", "protesters". */
    static final Pattern GROUP = Pattern.compile(
            "(?<group>(?:(?<adj>\\p{Lu}\\p{Ll}+|armed|violent|masked|suspected|unidentified|unknown|rival)\\s+)?"
                    + "(?:gang members|gangs|gunmen|militants|rebels|insurgents|attackers|assailants|protesters|"
                    + "demonstrators|kidnappers|bandits|pirates|extremists|jihadists|separatists|fighters|"
                    + "(?<=\\p{Lu}\\p{Ll}{1,20}\\s)(?:officers|troops|soldiers|police officers|policemen|forces|"
                    + "officials|settlers|students|workers|activists|fishermen|nationals)))\\b");

    /** Lower-case words at least one of which each pattern needs, for {@link WordMask}. */
    static final Set<String> TITLE_WORDS = Set.of("president", "minister", "premier", "chancellor", "secretary",
            "king", "queen", "prince", "princess", "pope", "emperor", "senator", "sen", "rep", "representative", "gov",
            "governor", "mayor", "attorney", "general", "gen", "lt", "col", "sgt", "capt", "maj", "lieutenant",
            "sergeant", "captain", "colonel", "major", "admiral", "chief", "sheriff", "detective", "officer",
            "spokesman", "spokeswoman", "spokesperson", "leader", "ambassador", "commander", "judge", "justice",
            "speaker", "dr", "ceo", "chairman", "chairwoman", "director", "commissioner", "coach", "archbishop",
            "bishop", "rev", "founder", "executive", "owner", "activist", "journalist", "singer", "rapper", "actor",
            "actress", "star", "striker", "player", "author", "businessman", "billionaire", "tycoon", "candidate",
            "lawmaker", "envoy", "negotiator", "dissident", "pastor", "imam", "cleric", "warlord");
    static final Set<String> VERB_WORDS = Set.of("said", "says", "told", "added", "wrote", "announced", "stated",
            "noted", "explained", "insisted", "warned", "accused", "urged", "claimed", "issued", "threatened",
            "denied", "vowed", "signed", "visited", "met", "ordered", "called", "praised", "criticized", "criticised",
            "condemned", "reported", "confirmed", "unveiled", "acknowledged", "rejected", "launched", "fired",
            "agreed", "approved", "sent", "deployed", "imposed", "demanded", "offered", "plans", "wants", "thinks",
            "believes", "insists", "seeks", "seeking", "began", "begins", "held", "conducted", "staged", "started",
            "resumed", "suspended", "withdrew", "invaded", "struck", "attacked", "expelled", "recalled", "evacuated");
    static final Set<String> ORGANISATION_KEYWORDS = Set.of("confederation", "association", "federation",
            "organisation", "organization", "council", "committee", "ministry", "department", "agency", "army",
            "forces", "party", "union", "bank", "company", "corporation", "corp", "inc", "group", "office",
            "commission", "court", "university", "institute", "service", "guard", "front", "movement", "brigade",
            "brigades", "authority", "administration", "fund", "league", "church", "hospital", "bureau", "mission",
            "coalition", "alliance", "police", "navy", "parliament", "congress", "senate", "cabinet", "nations",
            "cross", "crescent");
    static final Set<String> AUTHORITY_WORDS = Set.of("police", "authorities", "officials", "prosecutors",
            "firefighters");
    static final Set<String> GROUP_WORDS = Set.of("gang", "gangs", "gunmen", "militants", "rebels", "insurgents",
            "attackers", "assailants", "protesters", "demonstrators", "kidnappers", "bandits", "pirates",
            "extremists", "jihadists", "separatists", "fighters", "officers", "troops", "soldiers", "policemen",
            "forces", "officials", "settlers", "students", "workers", "activists", "fishermen", "nationals");

    /** Anchors for {@link AnchoredScan}: every match of a pattern holds one of its words, few tokens after its start. */
    static final Literals TITLE_STEMS = new Literals("vice", "president", "deputy", "prime", "premier", "chancellor",
            "foreign", "defen", "interior", "finance", "health", "minister", "secretary", "king", "queen", "crown",
            "prince", "pope", "emperor", "senator", "sen.", "rep", "gov", "mayor", "attorney", "district", "general",
            "gen.", "lt.", "col", "sgt.", "capt", "maj", "lieutenant", "sergeant", "admiral", "police", "chief",
            "sheriff", "detective", "officer", "spokes", "leader", "ambassador", "commander", "judge", "justice",
            "speaker", "dr.", "ceo", "chair", "director", "commissioner", "coach", "archbishop", "bishop", "rev.",
            "opposition", "supreme", "co-", "founder", "owner", "activist", "journalist", "singer", "rapper", "act",
            "star", "striker", "player", "author", "businessman", "billionaire", "tycoon", "candidate", "lawmaker",
            "envoy", "negotiator", "dissident", "pastor", "imam", "cleric", "warlord");
    /** A qualifier of at most two words ("then-North Korean") comes before the title. */
    static final int TITLE_TOKENS = 3;
    static final String[] ORGANISATION_NOUNS = {"Confederation", "Association", "Federation", "Organi",
            "Council", "Committee", "Ministry", "Department", "Agency", "Army", "Forces", "Party", "Union", "Bank",
            "Company", "Corp", "Inc.", "Group", "Office", "Commission", "Court", "University", "Institute", "Service",
            "Guard", "Front", "Movement", "Brigade", "Authority", "Administration", "Fund", "League", "Church",
            "Hospital", "Bureau", "Mission", "Coalition", "Alliance", "Police", "Navy", "Parliament", "Congress",
            "Senate", "Cabinet", "Nations", "Red Cross", "Red Crescent"};
    /** Six capitalised words, each followed by "of the" at most, come before the organisation word. */
    static final int ORGANISATION_TOKENS = 20;
    static final String[] DESCRIBED_NOUNS = {"mission", "ministry", "government", "military", "army",
            "police", "agency", "committee", "council", "court", "company", "firm", "coalition", "office", "department",
            "authorities", "body", "force", "regulator", "watchdog", "broadcaster", "airline", "operator"};
    /** An article or possessive and four words at most come before the noun. */
    static final int DESCRIBED_TOKENS = 7;
    static final String[] GROUP_NOUNS = {"gang", "gunmen", "militants", "rebels", "insurgents", "attackers",
            "assailants", "protesters", "demonstrators", "kidnappers", "bandits", "pirates", "extremists", "jihadists",
            "separatists", "fighters", "officers", "troops", "soldiers", "police", "forces", "officials", "settlers",
            "students", "workers", "activists", "fishermen", "nationals"};
    /** One adjective at most comes before the group noun. */
    static final int GROUP_TOKENS = 3;

    /** The offsets where two capitals in a row start: where an acronym can start. */
    static int[] capitalRuns(String text) {
        int[] found = new int[4];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** Whether the text holds two capitals in a row, as an acronym needs. */
    static boolean hasCapitalRun(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ORGANISATION_WORDS = Set.of("Court", "Council", "Committee", "Ministry",
            "Department", "Agency", "Army", "Police", "Party", "Union", "Bank", "Company", "Office", "Commission",
            "University", "Institute", "Service", "Guard", "Front", "Authority", "Administration", "Parliament",
            "Congress", "Senate", "Cabinet", "House", "Government", "Group", "Forces", "Navy", "Mission", "Times",
            "News", "Post", "Journal", "Association", "Federation", "Confederation", "League", "Nations", "Airlines",
            "Airways", "Corp", "Inc");
    private static final Set<String> NOT_NAMES = Set.of("She", "He", "They", "It", "We", "I", "You", "The", "This",
            "That", "These", "Those", "There", "Officials", "Police", "Authorities", "Experts", "Some", "Many",
            "Others", "Witnesses", "Residents", "Analysts", "Critics", "Reports", "Sources", "Media", "A", "An",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Photo", "Reuters", "AP",
            "AFP", "Yesterday", "Today", "Meanwhile", "However", "Also", "But", "And", "In", "On", "At", "After");
    private static final Set<String> NOT_ORGANISATIONS = Set.of("US", "UK", "USA", "AM", "PM", "TV", "ID", "OK",
            "CEO", "DPRK", "AFP", "AP", "KCNA", "KNS", "UPI", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "COVID",
            "DNA", "GDP", "II", "III", "IV", "VIA", "PHOTO", "FM", "SUV", "ATM", "MP", "MPS", "PDF", "FAQ");

    /** Whether a capitalised run is a pronoun, a plain noun, an organisation or a word that only looks like a name. */
    boolean isNotAName(String name) {
        return NOT_NAMES.contains(NameWords.first(name)) || ORGANISATION_WORDS.contains(NameWords.last(name));
    }

    /** Whether a matched organisation is only an article, a stop word or a time zone. */
    boolean isNotAnOrganisation(String name) {
        String trimmed = NameWords.withoutThe(name, true);
        return NOT_ORGANISATIONS.contains(trimmed) || trimmed.length() < 2 || NOT_NAMES.contains(trimmed);
    }
}
