package org.eventtimeline.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfFollowsTests {

    private static final String[] HEADS = {"city", "town", "port", "state"};

    @Test
    void findsTheHeadsFollowedByOf() {
        // given "report of" (a head inside a word), "city  of" and "state of"; "town" without "of"
        String text = "A report of the city  of\tDerna, the town and the state of Borno; of";

        // when
        int[] heads = OfFollows.heads(text, HEADS);

        // then
        assertThat(heads).containsExactly(text.indexOf("port"), text.indexOf("city"), text.indexOf("state"));
    }

    @Test
    void findsNothingWithoutOf() {
        // given / when / then
        assertThat(OfFollows.heads("the city offered", HEADS)).isEmpty();
    }
}
