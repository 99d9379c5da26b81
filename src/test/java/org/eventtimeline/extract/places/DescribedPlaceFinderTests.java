package org.eventtimeline.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class DescribedPlaceFinderTests {

    private static final Gazetteer GAZETTEER = Gazetteer.of(
            List.of(new Place("Birmingham", "United Kingdom", PlaceKind.CITY)),
            Map.of("Libyan", "Libya", "Greek", "Greece"));
    private final DescribedPlaceFinder finder = new DescribedPlaceFinder(GAZETTEER);

    private List<PlaceMention> find(String text) {
        List<PlaceMention> found = new ArrayList<>();
        finder.find(0, text, found);
        return found;
    }

    @Test
    void takesTheCountryFromTheNationalityWord() {
        // when
        List<PlaceMention> found = find("Two dams collapsed in the eastern Libyan city of Derna last month.");

        // then
        assertThat(found).extracting(PlaceMention::place)
                .containsExactly(new Place("Derna", "Libya", PlaceKind.LOCALITY));
        assertThat(found.get(0).text()).isEqualTo("Derna");
    }

    @Test
    void makesProvincesRegionsAndLeavesKnownNamesToTheGazetteer() {
        // when
        List<PlaceMention> province = find("The typhoon approached the eastern province of Catanduanes.");
        List<PlaceMention> known = find("Gunmen opened fire in the entertainment district of Birmingham, Alabama.");

        // then
        assertThat(province).extracting(PlaceMention::place)
                .containsExactly(new Place("Catanduanes", null, PlaceKind.REGION));
        assertThat(known).isEmpty();
    }
}
