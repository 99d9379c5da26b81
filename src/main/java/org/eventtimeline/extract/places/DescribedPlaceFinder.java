package org.eventtimeline.extract.places;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.PlaceMention;
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

    private final Gazetteer gazetteer;

    public DescribedPlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the described places of one sentence to {@code found}. */
    public void find(int sentence, String text, List<PlaceMention> found) {
        Matcher m = DESCRIBED.matcher(text);
        while (m.find()) {
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
