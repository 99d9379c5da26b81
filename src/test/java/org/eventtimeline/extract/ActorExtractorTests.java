package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class ActorExtractorTests {

    private static final Gazetteer GAZETTEER = Gazetteer.of(
            List.of(new Place("Japan", "Japan", PlaceKind.COUNTRY),
                    new Place("North Korea", "North Korea", PlaceKind.COUNTRY),
                    new Place("Denmark", "Denmark", PlaceKind.COUNTRY),
                    new Place("Haiti", "Haiti", PlaceKind.COUNTRY),
                    new Place("Chicago", "United States", PlaceKind.CITY)),
            Map.of("Japanese", "Japan", "North Korean", "North Korea", "Kenyan", "Kenya", "Haitian", "Haiti",
                    "US", "United States"));

    private static List<Actor> actors(String text) {
        Document document = Document.of(text, LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);
        new ActorExtractor(GAZETTEER).annotate(document);
        return document.actors().stream().map(ActorMention::actor).toList();
    }

    @Test
    void splitsTitleIntoRoleAndNationalityIntoCountry() {
        // given
        String text = "Japanese Prime Minister Fumio Kishida offered to meet with North Korean leader Kim Jong-un.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).contains(new Actor("Fumio Kishida", "Prime Minister", "Japan", ActorKind.PERSON),
                new Actor("Kim Jong-un", "Leader", "North Korea", ActorKind.PERSON));
    }

    @Test
    void foldsALaterSurnameIntoTheFullName() {
        // given
        String text = "Japanese Prime Minister Fumio Kishida offered talks. Kishida said a meeting was crucial.";

        // when
        Document document = Document.of(text, LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);
        new ActorExtractor(GAZETTEER).annotate(document);

        // then the second sentence's actor is the full name
        assertThat(document.actors()).filteredOn(a -> a.sentence() == 1)
                .extracting(a -> a.actor().name()).containsExactly("Fumio Kishida");
    }

    @Test
    void takesALoneSurnameBeforeASpeechVerbButNotAnArticledNoun() {
        // given
        String text = "In a parliamentary session, Kishida said talks were crucial. The Pentagon said nothing.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).extracting(Actor::name).contains("Kishida").doesNotContain("Pentagon");
    }

    @Test
    void findsInitialledNamesAfterTitles() {
        // given
        String text = "US Vice President J.D. Vance on Friday accused Denmark of not doing enough.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).extracting(Actor::name).contains("J.D. Vance");
        assertThat(actors).filteredOn(a -> a.name().equals("J.D. Vance")).extracting(Actor::role)
                .containsExactly("Vice President");
    }

    @Test
    void findsOrganisationsByNameAcronymAndDescription() {
        // given
        String text = "The Asian Football Confederation said FIFA canceled the match, "
                + "and a UN-backed multinational security mission said in a statement that talks continue.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).extracting(Actor::name).contains("Asian Football Confederation", "FIFA",
                "a UN-backed multinational security mission");
        assertThat(actors).extracting(Actor::name).doesNotContain("UN");
    }

    @Test
    void findsStatesActingAndGroupsWithTheirCountry() {
        // given
        String text = "North Korea yesterday said that Haitian gang members attacked Kenyan officers.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).contains(new Actor("North Korea", null, "North Korea", ActorKind.STATE),
                new Actor("Haitian gang members", null, "Haiti", ActorKind.GROUP),
                new Actor("Kenyan officers", null, "Kenya", ActorKind.GROUP));
    }

    @Test
    void findsCityPoliceAndNamedSpeakers() {
        // given
        String text = "Chicago police said the gunman fled. Maria Lopez, a neighbour, told reporters she heard shots.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).extracting(Actor::name).contains("Chicago police", "Maria Lopez");
    }

    @Test
    void bylinesInParenthesesAndDatelinePlacesAreNotOrganisations() {
        // given
        String text = "CHICAGO (AP) — A boy was shot on the city's South Side, Chicago police said.";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).extracting(Actor::name).containsExactly("Chicago police");
        assertThat(actors.get(0).country()).isEqualTo("United States");
    }

    @Test
    void pronounsAndPhotoAgenciesAreNotActors() {
        // given
        String text = "She said there would be no breakthrough. Photo: AFP / KCNA VIA KNS";

        // when
        List<Actor> actors = actors(text);

        // then
        assertThat(actors).isEmpty();
    }
}
