package org.eventtimeline.extract;

import java.util.List;

/** Reads a sentence's words and produces the bits of the actor patterns whose words it holds (titles, verbs, ...). */
final class ActorGate {

    private static final WordMask GATES = new WordMask(List.of(ActorPatterns.TITLE_WORDS, ActorPatterns.VERB_WORDS,
            ActorPatterns.ORGANISATION_KEYWORDS, ActorPatterns.AUTHORITY_WORDS, ActorPatterns.GROUP_WORDS));
    static final long TITLE = 1;
    static final long VERB = 2;
    static final long ORGANISATION = 4;
    static final long AUTHORITY = 8;
    static final long GROUP = 16;

    private ActorGate() {
    }

    /** The bits ({@link #TITLE}, {@link #VERB}, ...) of the word sets the text holds a word of. */
    static long of(String text) {
        return GATES.of(text);
    }
}
