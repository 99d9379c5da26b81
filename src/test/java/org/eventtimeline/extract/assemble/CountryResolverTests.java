package org.eventtimeline.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;

class CountryResolverTests {

    private final CountryResolver resolver = new CountryResolver();
    private static final List<Place> TOKYO = List.of(new Place("Tokyo", "Japan", PlaceKind.CITY));
    private static final Actor NORTH_KOREA = new Actor("North Korea", null, "North Korea", ActorKind.STATE);

    @Test
    void aPlaceCuedByALocativeWinsOverTheActingState() {
        // given "North Korea said ... in Tokyo"
        PlaceRanker.Ranked places = new PlaceRanker.Ranked(TOKYO, "Japan", true);

        // when / then
        assertThat(resolver.country(places, List.of(NORTH_KOREA))).isEqualTo("Japan");
    }

    @Test
    void theActingStateWinsOverAnUncuedPlace() {
        // given "North Korea said ... depend on Tokyo tolerating"
        PlaceRanker.Ranked places = new PlaceRanker.Ranked(TOKYO, "Japan", false);

        // when / then
        assertThat(resolver.country(places, List.of(NORTH_KOREA))).isEqualTo("North Korea");
    }

    @Test
    void withoutPlacesANationalActorGivesTheCountry() {
        // given "French authorities detained ..."
        PlaceRanker.Ranked none = new PlaceRanker.Ranked(List.of(), null, false);
        Actor french = new Actor("French authorities", null, "France", ActorKind.ORGANISATION);

        // when / then
        assertThat(resolver.country(none, List.of(french))).isEqualTo("France");
        assertThat(resolver.country(none, List.of())).isNull();
    }
}
