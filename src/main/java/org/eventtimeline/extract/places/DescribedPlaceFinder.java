package org.eventtimeline.extract.places;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.AnchoredScan;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.TextFold;
import org.eventtimeline.extract.gazetteer.Gazetteer;

/**
 * Reads a sentence and adds places that news describes before naming them: "the eastern Libyan city of Derna",
 * "the Greek island of Rhodes", "the province of Catanduanes". The nationality word, when there is one, gives the
 * country; a region word ("province", "state") makes the place a REGION.
 */
public final class DescribedPlaceFinder {

    private static final Pattern DESCRIBED = Pattern.compile(
            "(?:(?i:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|"
                    + "southeastern|southwestern|remote|coastal|restive|mountainous)\\s+)*"
                    + "(?:(?<demonym>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s+)?"
                    + "(?<head>city|town|village|province|state|region|island|port|capital|district|county|"
                    + "prefecture|peninsula|governorate|enclave|suburb|municipality)\\s+of\\s+"
                    + "(?<name>\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,3})");
    private static final Set<String> REGION_HEADS = Set.of("province", "state", "region", "prefecture",
            "governorate");

    /** The anchors of {@link #DESCRIBED}: its head nouns. */
    private static final String[] HEAD_WORDS = {"city", "town", "village", "province", "state", "region",
        "island", "port", "capital", "district", "county", "prefecture", "peninsula", "governorate", "enclave",
        "suburb", "municipality"};
    private static final String[] DIRECTIONS = {"north", "south", "east", "west", "central", "remote", "coastal",
        "restive", "mountainous", "northern", "southern", "eastern", "western"};

    private final Gazetteer gazetteer;

    public DescribedPlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The earliest start of a match whose head noun starts at {@code head}: two tokens back (a two-word
     * nationality), then back over every token ending in a direction word ("north", "eastern"), of which a match
     * may hold any number.
     */
    private static int earliestStart(String folded, int head) {
        int start = AnchoredScan.walkBack(folded, head, 2);
        while (start > 0) {
            int before = AnchoredScan.walkBack(folded, start, 1);
            String token = folded.substring(before, start).strip();
            boolean direction = false;
            for (String word : DIRECTIONS) {
                direction |= token.endsWith(word);
            }
            if (!direction) {
                break;
            }
            start = before;
        }
        return start;
    }

    /** Adds the described places of one sentence to {@code found}. */
    public void find(int sentence, String text, List<PlaceMention> found) {
        int[] heads = OfFollows.heads(text, HEAD_WORDS);
        if (heads.length == 0) {
            return;
        }
        String folded = TextFold.fold(text);
        AnchoredScan scan = new AnchoredScan(DESCRIBED, text, heads, head -> earliestStart(folded, head))
                .startingWhere(s -> Character.isLetter(text.charAt(s)));
        while (scan.find()) {
            Matcher m = scan.matcher();
            String name = m.group("name");
            String demonym = m.group("demonym");
            String country = demonym == null ? null : gazetteer.countryOfDemonym(demonym).orElse(null);
            if (demonym != null && country == null) {
                continue; // "the Apple city of ..." is no nationality: leave it to the other finders
            }
            if (country == null && gazetteer.place(name).isPresent()) {
                continue; // "the district of Birmingham, Alabama": the gazetteer and "Town, State" finders know it
            }
            PlaceKind kind = REGION_HEADS.contains(m.group("head")) ? PlaceKind.REGION : PlaceKind.LOCALITY;
            found.add(new PlaceMention(sentence, m.start("name"), m.end("name"), name, new Place(name, country, kind),
                    0.85));
        }
    }
}
