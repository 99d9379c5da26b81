package org.eventtimeline.extract.places;

import java.util.Set;

/** Word lists that tell a place from a person or an organisation around a capitalised name. */
public final class PlaceCues {

    /** Prepositions after which a name is a location ("in", "outside"); lower-cased. */
    public static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "into", "across",
            "around", "from", "to", "toward", "towards", "throughout", "within", "off", "nearby", "between", "through");

    /** The strongest locative cues, where the event happened. */
    public static final Set<String> STRONG_LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "off",
            "throughout", "within", "around", "through");

    /** Small words allowed inside a name ("Isle of Man", "Rio de Janeiro", "Trinidad and Tobago"). */
    public static final Set<String> CONNECTORS = Set.of("of", "and", "the", "de", "del", "da", "do", "dos", "la",
            "el", "al", "du", "des", "y", "upon", "on", "au", "aux", "sur", "en", "am", "di", "der", "le", "les");

    /** Verbs of speech after a name that make it a person ("Jordan said"). */
    public static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "wrote", "announced",
            "stated", "noted", "explained", "argued", "testified", "tweeted", "posted", "asked", "replied");

    /** Titles before a name that make it a person ("Gov. Georgia", "President Obama"). */
    public static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "gov", "governor", "sen",
            "senator", "rep", "president", "judge", "justice", "officer", "sheriff", "chief", "minister", "mayor",
            "coach", "prof", "professor", "sgt", "sergeant", "lt", "capt", "captain", "gen", "general", "col",
            "deputy", "detective", "pastor", "father", "sister", "brother", "king", "queen", "prince", "princess",
            "lord", "lady", "sir", "dame", "pope", "rev", "reverend", "trooper", "agent", "attorney");

    /** Direction words that may stand before a place without making it a person's surname ("South Texas"). */
    public static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upstate", "downstate", "greater", "metro", "downtown",
            "rural", "coastal", "inland", "mainland", "occupied", "mid");

    /** Words after "of" that keep the following name a place ("the City of Chicago", "the Republic of Korea"). */
    public static final Set<String> PLACE_HEADS = Set.of("city", "state", "states", "province", "republic",
            "kingdom", "island", "islands", "town", "village", "county", "region", "commonwealth", "port", "gulf",
            "sea", "bay", "coast", "north", "south", "east", "west", "capital", "district", "territory", "outskirts",
            "center", "centre", "heart", "suburbs", "streets", "people", "residents", "governor", "mayor");

    /** Words that start a capitalised run but never a place (months, weekdays, sentence openers). */
    public static final Set<String> NOT_PLACE_START = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "i", "he", "she", "they", "we", "it", "this", "that", "his",
            "her", "their", "its", "our", "a", "an", "the", "some", "all", "english", "spanish", "arabic",
            "congress", "parliament", "senate", "reuters", "ap", "afp", "cnn", "bbc", "facebook", "twitter",
            "google", "youtube", "instagram", "tiktok", "mr", "mrs", "ms", "dr", "christmas", "easter",
            "ramadan", "eid", "hamas", "hezbollah", "isis", "nato", "un", "eu", "fbi", "cia", "police",
            "president", "prime", "gov", "sen", "rep", "world", "covid", "jan", "feb", "aug", "sept", "oct",
            "nov", "dec");

    /** Last words that make a run an organisation, not a locality ("Hamas Ministry", "Acme Corp"). */
    public static final Set<String> ORG_ENDINGS = Set.of("inc", "corp", "co", "ltd", "llc", "party", "ministry",
            "department", "police", "army", "forces", "council", "committee", "group", "association", "agency",
            "office", "company", "times", "news", "post", "journal", "foundation", "institute", "union",
            "bank", "network", "service", "services", "administration", "government", "court", "league",
            "federation", "commission", "board", "press", "media", "club", "team", "authority", "organization",
            "organisation", "movement", "front", "brigade", "brigades", "militia", "guard", "command");

    /** Capitalised words after a name that make it an administrative area ("Uvalde County", "Rivers State"). */
    public static final Set<String> ADMIN_SUFFIXES = Set.of("County", "Parish", "Province", "State", "Region",
            "District", "Township", "Borough", "Governorate", "Oblast", "Prefecture", "Municipality");

    /** Those of {@link #ADMIN_SUFFIXES} that name a first-level region ("Kaduna State", "Sindh Province"). */
    public static final Set<String> REGION_SUFFIXES = Set.of("Province", "State", "Region", "Governorate",
            "Oblast", "Prefecture");

    /** Seats of government named for the government itself ("the White House said"), lower-cased. */
    public static final Set<String> INSTITUTIONS = Set.of("white house", "capitol", "capitol hill", "kremlin",
            "pentagon", "downing street", "elysee", "élysée", "elysee palace", "élysée palace", "blue house",
            "zhongnanhai", "knesset", "bundestag", "state department", "justice department", "supreme court");

    private PlaceCues() {
    }
}
