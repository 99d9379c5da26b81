package org.eventtimeline.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TokenizerTests {

    /** The pattern the tokenizer stood for before it was written out by hand. */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.\\p{Lu}\\p{Ll}+\\.|[\\p{L}\\p{M}\\d]+(?:['’][\\p{L}\\p{M}]+)*['’]?");

    @Test
    void readsInitialsPossessivesAndNumbersAsOneWordEach() {
        // given
        String text = "The U.S. envoy met Malaysia's D.Smith. in 1990s rock'n'roll Texas’ towns.";

        // when
        List<String> words = Tokenizer.tokens(text).stream().map(Token::text).toList();

        // then
        assertThat(words).containsExactly("The", "U.S.", "envoy", "met", "Malaysia's", "D.Smith.", "in", "1990s",
                "rock'n'roll", "Texas’", "towns");
    }

    @Test
    void keepsEachWordsSpanInTheText() {
        // given
        String text = "  Kim Jong-un";

        // when
        List<Token> tokens = Tokenizer.tokens(text);

        // then
        assertThat(tokens).containsExactly(new Token(2, 5, "Kim"), new Token(6, 10, "Jong"), new Token(11, 13, "un"));
    }

    @Test
    void givesTheSameWordsAsThePatternOnMixedText() {
        // given random strings over letters, marks, digits, apostrophes, periods and surrogates
        String alphabet = "aZ.'’ 9-éÉ\u0301\u0903ǅ\uD835\uDC00\uD83D\uDE00_Ll.U.S";
        Random random = new Random(42);

        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            // when
            List<Token> tokens = Tokenizer.tokens(text.toString());

            // then
            assertThat(tokens).as(text.toString()).isEqualTo(byPattern(text.toString()));
        }
    }

    private static List<Token> byPattern(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group()));
        }
        return tokens;
    }
}
