package org.eventtimeline.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTests {

    @Test
    void aWordCutFromItsSentenceEqualsOneGivenWithItsText() {
        // given
        String sentence = "In Malaysia’s Öland";

        // when
        Token cut = Token.in(sentence, 3, 13);

        // then
        assertThat(cut).isEqualTo(new Token(3, 13, "Malaysia’s"));
        assertThat(cut.capitalised()).isTrue();
        assertThat(cut.possessive()).isTrue();
        assertThat(cut.bare()).isEqualTo("Malaysia");
        assertThat(Token.in(sentence, 14, 19).capitalised()).isTrue();
        assertThat(Token.in(sentence, 0, 2).lower()).isEqualTo("in");
    }

    @Test
    void readsPossessiveEndingsOfEitherApostrophe() {
        // given / when / then
        assertThat(new Token(0, 6, "Texas'").bare()).isEqualTo("Texas");
        assertThat(new Token(0, 5, "Texas").possessive()).isFalse();
        assertThat(new Token(0, 1, "s").possessive()).isFalse();
    }
}
