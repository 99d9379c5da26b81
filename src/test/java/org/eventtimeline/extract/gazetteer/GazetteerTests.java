package org.eventtimeline.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerTests {

    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void findsCitiesWithTheirCountry() {
        // given the shipped gazetteer
        // when cities are looked up, in any case
        // then each has its country and kind
        assertThat(gazetteer.place("Kuala Lumpur")).contains(new Place("Kuala Lumpur", "Malaysia", PlaceKind.CITY));
        assertThat(gazetteer.place("kuala lumpur")).contains(new Place("Kuala Lumpur", "Malaysia", PlaceKind.CITY));
        assertThat(gazetteer.place("Uvalde")).contains(new Place("Uvalde", "United States", PlaceKind.CITY));
        assertThat(gazetteer.place("St. Louis")).contains(new Place("St. Louis", "United States", PlaceKind.CITY));
        assertThat(gazetteer.place("Pyongyang")).contains(new Place("Pyongyang", "North Korea", PlaceKind.CITY));
        assertThat(gazetteer.place("Nuuk")).contains(new Place("Nuuk", "Greenland", PlaceKind.CITY));
        assertThat(gazetteer.place("Kiev")).contains(new Place("Kyiv", "Ukraine", PlaceKind.CITY));
        assertThat(gazetteer.place("Rafah")).contains(new Place("Rafah", "Palestine", PlaceKind.CITY));
        assertThat(gazetteer.place("Geneva")).map(Place::country).contains("Switzerland");
    }

    @Test
    void territoriesAreTheirOwnCountry() {
        // when territories are looked up
        // then the territory is named as the country, as analysts name it
        assertThat(gazetteer.place("Greenland")).contains(new Place("Greenland", "Greenland", PlaceKind.TERRITORY));
        assertThat(gazetteer.place("Puerto Rico"))
                .contains(new Place("Puerto Rico", "Puerto Rico", PlaceKind.TERRITORY));
        assertThat(gazetteer.place("Gaza")).contains(new Place("Gaza", "Palestine", PlaceKind.TERRITORY));
        assertThat(gazetteer.place("West Bank")).contains(new Place("West Bank", "Palestine", PlaceKind.TERRITORY));
    }

    @Test
    void regionsBelongToTheirCountry() {
        // when first-level regions are looked up
        // then they resolve to their country
        assertThat(gazetteer.place("Texas")).contains(new Place("Texas", "United States", PlaceKind.REGION));
        assertThat(gazetteer.place("District of Columbia")).map(Place::country).contains("United States");
        assertThat(gazetteer.place("Ontario")).contains(new Place("Ontario", "Canada", PlaceKind.REGION));
        assertThat(gazetteer.place("Uttar Pradesh")).map(Place::country).contains("India");
        assertThat(gazetteer.place("Queensland")).map(Place::country).contains("Australia");
    }

    @Test
    void countriesUseShortEnglishNamesAndAliases() {
        // when countries are looked up by name or alias
        // then the short English name comes back
        assertThat(gazetteer.place("U.S.")).map(Place::name).contains("United States");
        assertThat(gazetteer.place("America")).map(Place::name).contains("United States");
        assertThat(gazetteer.place("Britain")).map(Place::name).contains("United Kingdom");
        assertThat(gazetteer.place("DPRK")).map(Place::name).contains("North Korea");
        assertThat(gazetteer.place("Burma")).map(Place::name).contains("Myanmar");
        assertThat(gazetteer.place("Holland")).map(Place::name).contains("Netherlands");
        assertThat(gazetteer.place("Côte d’Ivoire")).map(Place::name).contains("Ivory Coast");
        assertThat(gazetteer.isCountry("South Korea")).isTrue();
        assertThat(gazetteer.isCountry("Texas")).isFalse();
    }

    @Test
    void ambiguousNamesPreferCountryThenLargestCity() {
        // when a name is both a country and a US state, or several cities
        // then the country wins, and among cities the largest
        assertThat(gazetteer.place("Georgia")).contains(new Place("Georgia", "Georgia", PlaceKind.COUNTRY));
        assertThat(gazetteer.place("Jordan")).map(Place::kind).contains(PlaceKind.COUNTRY);
        assertThat(gazetteer.place("Paris")).map(Place::country).contains("France");
        assertThat(gazetteer.place("Moscow")).map(Place::country).contains("Russia");
    }

    @Test
    void wordsAndFirstNamesAreNotPlaces() {
        // when common words that are also town names are looked up
        // then they are absent
        assertThat(gazetteer.place("Nice")).isEmpty();
        assertThat(gazetteer.place("Mobile")).isEmpty();
        assertThat(gazetteer.place("Reading")).isEmpty();
        assertThat(gazetteer.place("Victoria")).isEmpty();
        assertThat(gazetteer.place("Police")).isEmpty();
        assertThat(gazetteer.place("Obama")).isEmpty();
        assertThat(gazetteer.place("Martinez")).isEmpty();
    }

    @Test
    void demonymsNameCountries() {
        // when nationality words are looked up
        // then their country comes back
        assertThat(gazetteer.countryOfDemonym("Kenyan")).contains("Kenya");
        assertThat(gazetteer.countryOfDemonym("Kenyans")).contains("Kenya");
        assertThat(gazetteer.countryOfDemonym("Japanese")).contains("Japan");
        assertThat(gazetteer.countryOfDemonym("American")).contains("United States");
        assertThat(gazetteer.countryOfDemonym("British")).contains("United Kingdom");
        assertThat(gazetteer.countryOfDemonym("North Korean")).contains("North Korea");
        assertThat(gazetteer.countryOfDemonym("Filipino")).contains("Philippines");
        assertThat(gazetteer.countryOfDemonym("Palestinian")).contains("Palestine");
        assertThat(gazetteer.countryOfDemonym("Greenlandic")).contains("Greenland");
        assertThat(gazetteer.countryOfDemonym("Danish")).contains("Denmark");
        assertThat(gazetteer.countryOfDemonym("Dominican")).contains("Dominican Republic");
    }

    @Test
    void usStatesBySpelling() {
        // when US states are written in full, as postal codes or AP abbreviations
        // then each is the state, and lower-case words are not states
        assertThat(gazetteer.usState("Ill.")).contains(new Place("Illinois", "United States", PlaceKind.REGION));
        assertThat(gazetteer.usState("Calif.")).map(Place::name).contains("California");
        assertThat(gazetteer.usState("W.Va.")).map(Place::name).contains("West Virginia");
        assertThat(gazetteer.usState("TX")).map(Place::name).contains("Texas");
        assertThat(gazetteer.usState("North Carolina")).map(Place::name).contains("North Carolina");
        assertThat(gazetteer.usState("in")).isEmpty();
    }

    @Test
    void usTownsByState() {
        // when a town is checked against a state
        // then only the state it lies in matches, whatever the case
        assertThat(gazetteer.isUsTown("Jackson", "Mississippi")).isTrue();
        assertThat(gazetteer.isUsTown("UVALDE", "Texas")).isTrue();
        assertThat(gazetteer.isUsTown("Uvalde", "Ohio")).isFalse();
    }

    @Test
    void isLargeAndLoadedOnce() {
        // then it holds thousands of places, and load() shares one instance
        assertThat(gazetteer.size()).isGreaterThan(20_000);
        assertThat(Gazetteer.load()).isSameAs(gazetteer);
    }

    @Test
    void ofBuildsAGazetteerFromGivenPlaces() {
        // given two places with a clashing name
        Gazetteer small = Gazetteer.of(List.of(new Place("Springfield", "United States", PlaceKind.CITY),
                new Place("Springfield", "Australia", PlaceKind.CITY)), Map.of("Kenyan", "Kenya"));
        // then the first wins
        assertThat(small.place("springfield")).map(Place::country).contains("United States");
        assertThat(small.countryOfDemonym("kenyan")).contains("Kenya");
        assertThat(small.size()).isEqualTo(1);
    }
}
