package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a sentence's actor mentions and keeps the strongest of those that overlap, one per actor name. */
final class ActorOverlaps {

    private ActorOverlaps() {
    }

    /** Keeps the first-found (strongest) mention where two overlap or name the same actor, in text order. */
    static List<ActorMention> without(List<ActorMention> mentions) {
        List<ActorMention> kept = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<ActorMention> byScore = new ArrayList<>(mentions);
        byScore.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (ActorMention candidate : byScore) {
            boolean overlaps = false;
            for (int i = 0; i < kept.size() && !overlaps; i++) {
                overlaps = kept.get(i).start() < candidate.end() && candidate.start() < kept.get(i).end();
            }
            if (!overlaps && names.add(candidate.actor().name())) {
                kept.add(candidate);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }
}
