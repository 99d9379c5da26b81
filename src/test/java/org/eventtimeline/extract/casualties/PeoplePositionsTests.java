package org.eventtimeline.extract.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PeoplePositionsTests {

    private static final String SENTENCE = "Gunmen killed five villagers on Monday.";

    private static PeoplePositions positionsOf(String sentence) {
        PeoplePositions people = new PeoplePositions();
        people.reset(sentence, Starts.fold(sentence), PlainChars.plain(sentence));
        return people;
    }

    @Test
    void findsWherePeopleBegin() {
        // given a sentence with a counted people phrase at 14 ("five villagers")
        PeoplePositions people = positionsOf(SENTENCE);
        // when positions are asked for
        // then a phrase begins at the number and not at the verb
        assertThat(people.at(14)).isTrue();
        assertThat(people.at(7)).isFalse();
    }

    @Test
    void findsPeopleInTheWordsAfterAToken() {
        // given the sentence
        PeoplePositions people = positionsOf(SENTENCE);
        // when the word after "killed" (at 7) is asked for, then "five villagers" begins there
        assertThat(people.after(7, 1)).isTrue();
        // when the word after "villagers" (at 19) is asked for, then "on" begins no people phrase
        assertThat(people.after(19, 1)).isFalse();
    }

    @Test
    void listsTheAllowedStartsInOrderOnce() {
        // given the sentence
        PeoplePositions people = positionsOf(SENTENCE);
        // when its starts are listed up to the end, then again up to less
        int count = people.listStarts(SENTENCE.length());
        int again = people.listStarts(10);
        // then it holds the capitalised words and the number, in order, and is not listed twice
        assertThat(Arrays.copyOf(people.starts(), count)).containsExactly(0, 14, 32);
        assertThat(again).isEqualTo(count);
    }

    @Test
    void forgetsThePreviousSentence() {
        // given positions read for one sentence
        PeoplePositions people = new PeoplePositions();
        people.reset(SENTENCE, Starts.fold(SENTENCE), true);
        assertThat(people.at(14)).isTrue();
        // when the next sentence is taken
        String next = "The bridge opened on Monday morning.";
        people.reset(next, Starts.fold(next), true);
        // then nothing is remembered of the first
        assertThat(people.at(14)).isFalse();
        int count = people.listStarts(next.length());
        assertThat(Arrays.copyOf(people.starts(), count)).doesNotContain(14).hasSize(2);
    }
}
