package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class PlaceExtractorTests {

    private static final String US = "United States";

    private final PlaceExtractor extractor = new PlaceExtractor(Gazetteer.load());

    private List<PlaceMention> placesIn(String text) {
        return extractor.placesIn(new Sentence(0, 0, 0, text.length(), text, Tense.PAST));
    }

    private List<Place> placesOf(String text) {
        return placesIn(text).stream().map(PlaceMention::place).toList();
    }

    @Test
    void usTownWithFullStateName() {
        // given a shooting report naming "City, State"
        String text = "A gunman killed three people in Springfield, Illinois, on Saturday night, police said.";
        // when places are extracted
        List<PlaceMention> mentions = placesIn(text);
        // then the town and the state are found, both in the United States, the town scored highest
        assertThat(mentions).extracting(PlaceMention::text, m -> m.place().name(), m -> m.place().country(),
                        m -> m.place().kind())
                .containsExactly(tuple("Springfield", "Springfield", US, PlaceKind.CITY),
                        tuple("Illinois", "Illinois", US, PlaceKind.REGION));
        assertThat(mentions.get(0).start()).isEqualTo(text.indexOf("Springfield"));
        assertThat(mentions.get(0).end()).isEqualTo(text.indexOf(", Illinois"));
        assertThat(mentions.get(0).score()).isGreaterThan(mentions.get(1).score());
    }

    @Test
    void usTownWithApStateAbbreviation() {
        // given AP-style abbreviations
        // when places are extracted
        // then the abbreviation resolves to the state and the town to the United States
        assertThat(placesOf("Two people were shot dead in Cicero, Ill., early Sunday."))
                .containsExactly(new Place("Cicero", US, PlaceKind.CITY), new Place("Illinois", US, PlaceKind.REGION));
        assertThat(placesOf("A man was shot outside a bar in Lake Charles, La., early Saturday."))
                .containsExactly(new Place("Lake Charles", US, PlaceKind.CITY),
                        new Place("Louisiana", US, PlaceKind.REGION));
    }

    @Test
    void smallUsTownsAndTownsNamedLikeForeignCitiesResolveThroughTheirState() {
        // given a small town, and a town named like a bigger city abroad
        // when places are extracted
        // then each is a city in the United States
        assertThat(placesOf("Gunfire erupted at a party in Dadeville, Alabama, killing four."))
                .containsExactly(new Place("Dadeville", US, PlaceKind.CITY), new Place("Alabama", US, PlaceKind.REGION));
        assertThat(placesOf("Three people were wounded in a shooting in Paris, Texas, on Monday.").get(0))
                .isEqualTo(new Place("Paris", US, PlaceKind.CITY));
        assertThat(placesOf("A man was killed in Jackson, Miss., on Friday.").get(0))
                .isEqualTo(new Place("Jackson", US, PlaceKind.CITY));
    }

    @Test
    void unknownTownAfterAPrepositionIsALocalityInTheUs() {
        // given a place the gazetteer does not know, before a state
        // when places are extracted
        // then it is a LOCALITY in the United States
        assertThat(placesOf("Deputies found two bodies near Cedar Bluff Estates, Tenn., on Sunday."))
                .containsExactly(new Place("Cedar Bluff Estates", US, PlaceKind.LOCALITY),
                        new Place("Tennessee", US, PlaceKind.REGION));
    }

    @Test
    void uppercaseDateline() {
        // given an AP dateline
        // when places are extracted
        // then the town is read case-insensitively
        assertThat(placesOf("UVALDE, Texas (AP) — A teenage gunman killed 19 children at Robb Elementary School."))
                .containsExactly(new Place("Uvalde", US, PlaceKind.CITY), new Place("Texas", US, PlaceKind.REGION),
                        new Place("Robb Elementary School", US, PlaceKind.LOCALITY));
    }

    @Test
    void capitalsAndMultiWordCities() {
        // when capitals and multi-word city names appear after locative prepositions
        // then the longest gazetteer name wins and the score is high
        List<PlaceMention> mentions = placesIn("She was born in Kuala Lumpur and moved to New York City in 2010.");
        assertThat(mentions).extracting(PlaceMention::text, PlaceMention::place)
                .containsExactly(tuple("Kuala Lumpur", new Place("Kuala Lumpur", "Malaysia", PlaceKind.CITY)),
                        tuple("New York City", new Place("New York City", US, PlaceKind.CITY)));
        assertThat(mentions.get(0).score()).isEqualTo(0.95);
    }

    @Test
    void abbreviatedSaintBeforeASpeechVerb() {
        // given "St. Louis" after "in" and before "said"
        // when places are extracted
        // then it is a place, not a person
        assertThat(placesOf("Police in St. Louis said a man was killed."))
                .containsExactly(new Place("St. Louis", US, PlaceKind.CITY));
    }

    @Test
    void localityOutsideTheGazetteerTakesTheCountryOfTheNearbyPlace() {
        // given a locality named before a known city
        // when places are extracted
        // then it is a LOCALITY in the country of the city
        assertThat(placesOf("The blast near Taman Desa Indah outside Kuala Lumpur injured 112 people."))
                .containsExactly(new Place("Taman Desa Indah", "Malaysia", PlaceKind.LOCALITY),
                        new Place("Kuala Lumpur", "Malaysia", PlaceKind.CITY));
    }

    @Test
    void facilityInATerritoryTakesTheTerritoryAsCountry() {
        // given a base in Greenland, a territory of Denmark
        // when places are extracted
        // then the territory is named as the country, as analysts name it
        assertThat(placesOf("Vance visited the Pituffik Space Base in northwestern Greenland on Friday."))
                .containsExactly(new Place("Pituffik Space Base", "Greenland", PlaceKind.LOCALITY),
                        new Place("Greenland", "Greenland", PlaceKind.TERRITORY));
    }

    @Test
    void townCommaCountry() {
        // given "Town, Country" with an unknown town
        // when places are extracted
        // then the town is a LOCALITY in that country
        assertThat(placesOf("Gunmen abducted 30 students in Kuriga, Kaduna State, Nigeria."))
                .containsExactly(new Place("Kuriga", "Nigeria", PlaceKind.LOCALITY),
                        new Place("Kaduna State", "Nigeria", PlaceKind.REGION),
                        new Place("Nigeria", "Nigeria", PlaceKind.COUNTRY));
    }

    @Test
    void possessivesWithStraightAndCurlyApostrophes() {
        // when a country is written in the possessive
        // then the mention excludes the 's and scores lower than a locative use
        List<PlaceMention> straight = placesIn("Malaysia's government said the pipeline would be repaired.");
        List<PlaceMention> curly = placesIn("Malaysia’s prime minister visited the site in Malaysia.");
        assertThat(straight).extracting(PlaceMention::text).containsExactly("Malaysia");
        assertThat(straight.get(0).end()).isEqualTo("Malaysia".length());
        assertThat(curly).extracting(PlaceMention::text).containsExactly("Malaysia", "Malaysia");
        assertThat(curly.get(0).score()).isLessThan(curly.get(1).score());
    }

    @Test
    void territoriesAndAliases() {
        // when territories and country aliases appear
        // then they resolve to their reported names
        assertThat(placesOf("The storm hit Puerto Rico and the U.S. Virgin Islands before reaching the U.S."))
                .containsExactly(new Place("Puerto Rico", "Puerto Rico", PlaceKind.TERRITORY),
                        new Place("U.S. Virgin Islands", "U.S. Virgin Islands", PlaceKind.TERRITORY),
                        new Place(US, US, PlaceKind.COUNTRY));
        assertThat(placesOf("At least 20 people were killed in Gaza on Sunday, the health ministry said."))
                .containsExactly(new Place("Gaza", "Palestine", PlaceKind.TERRITORY));
    }

    @Test
    void subjectCountryIsAPlaceWithALowScore() {
        // given a country acting as the subject, and one after "in"
        List<PlaceMention> subject = placesIn("Japan unveiled a plan to boost defence spending.");
        List<PlaceMention> located = placesIn("The plan was unveiled in Japan on Monday.");
        // then both are places, the subject one scored lower
        assertThat(subject).extracting(PlaceMention::place).containsExactly(new Place("Japan", "Japan",
                PlaceKind.COUNTRY));
        assertThat(subject.get(0).score()).isLessThan(located.get(0).score());
    }

    @Test
    void hyphenCompoundsAreBothPlacesWithLowerScores() {
        // when two countries are joined by a hyphen
        List<PlaceMention> mentions = placesIn("Tensions rose over North Korea-Japan relations in Tokyo.");
        // then both are places, scored below the plain locative city
        assertThat(mentions).extracting(PlaceMention::text).containsExactly("North Korea", "Japan", "Tokyo");
        assertThat(mentions.get(0).score()).isLessThan(0.5);
        assertThat(mentions.get(1).score()).isLessThan(0.5);
    }

    @Test
    void personNamesAreNotPlaces() {
        // when place names are used as first names, surnames or after titles
        // then nothing is found
        assertThat(placesOf("Jordan Peterson said the remarks were taken out of context.")).isEmpty();
        assertThat(placesOf("Georgia Smith said she heard gunshots.")).isEmpty();
        assertThat(placesOf("Officer Luis Martinez was injured.")).isEmpty();
        assertThat(placesOf("Martinez, 34, was arrested at the scene.")).isEmpty();
        assertThat(placesOf("Chad Daybell was convicted of murder.")).isEmpty();
    }

    @Test
    void organisationsAndDemonymsAreNotPlaces() {
        // when a place name is part of an organisation, or a demonym is used as an adjective
        // then no place is found
        assertThat(placesOf("Bank of America reported higher profits.")).isEmpty();
        assertThat(placesOf("Japanese Prime Minister Shigeru Ishiba met reporters.")).isEmpty();
        assertThat(placesOf("The Texas Rangers won on Sunday.")).isEmpty();
        assertThat(placesOf("The decision was criticized in Trump's first term.")).isEmpty();
        assertThat(placesOf("A bill in Congress would ban the weapons in January.")).isEmpty();
        assertThat(placesOf("Officials at the White House declined to comment.")).isEmpty();
    }

    @Test
    void personBeforeACommaAndStateIsNotATown() {
        // given a person's name before ", Texas"
        // when places are extracted
        // then only the state is found, with an ordinary score
        List<PlaceMention> mentions = placesIn("Ken Paxton, Texas attorney general, sued.");
        assertThat(mentions).extracting(PlaceMention::place).containsExactly(new Place("Texas", US, PlaceKind.REGION));
        assertThat(mentions.get(0).score()).isLessThan(0.75);
    }

    @Test
    void countiesAndRegionsOfOtherCountries() {
        // when a county or a region is named with its admin word, or with its country in the possessive
        // then each is found with its country
        assertThat(placesOf("Residents of Harris County, Texas, were told to evacuate."))
                .containsExactly(new Place("Harris County", US, PlaceKind.LOCALITY),
                        new Place("Texas", US, PlaceKind.REGION));
        assertThat(placesOf("The plane crashed near Ahmedabad in India's Gujarat state."))
                .containsExactly(new Place("Ahmedabad", "India", PlaceKind.CITY),
                        new Place("India", "India", PlaceKind.COUNTRY), new Place("Gujarat", "India", PlaceKind.REGION));
    }

    @Test
    void washingtonDc() {
        // when the capital is written "Washington, D.C."
        // then the city is found in the United States
        assertThat(placesOf("Officials in Washington, D.C., said two were shot.").get(0))
                .isEqualTo(new Place("Washington", US, PlaceKind.CITY));
    }

    @Test
    void annotatesEverySentenceOfADocument() {
        // given a two-sentence paragraph split by the sentence splitter
        Document document = Document.of("A man was killed in Jackson, Miss., on Friday. Police arrested a suspect "
                + "in Memphis.", LocalDate.of(2025, 5, 3));
        new SentenceSplitter().annotate(document);
        // when the extractor annotates it
        extractor.annotate(document);
        // then mentions carry their sentence index and offsets into that sentence
        assertThat(document.places()).extracting(PlaceMention::sentence, PlaceMention::text)
                .containsExactly(tuple(0, "Jackson"), tuple(0, "Miss."), tuple(1, "Memphis"));
        PlaceMention memphis = document.places().get(2);
        assertThat(document.sentence(1).text().substring(memphis.start(), memphis.end())).isEqualTo("Memphis");
        assertThat(extractor.requires()).containsExactly(Layer.SENTENCES);
        assertThat(extractor.provides()).containsExactly(Layer.PLACES);
    }
}
