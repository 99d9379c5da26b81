package org.eventtimeline.extract.assemble;

import java.util.List;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;

/**
 * Reads a paragraph's ranked places and actors and produces the event's country: where a locative cue placed it
 * ("in Haiti"), else the state that acts ("North Korea said"), else the best place named, else the country of a
 * titled or national actor ("Japanese Prime Minister").
 */
public final class CountryResolver {

    public String country(PlaceRanker.Ranked places, List<Actor> actors) {
        if (places.cued()) {
            return places.country();
        }
        for (Actor actor : actors) {
            if (actor.kind() == ActorKind.STATE) {
                return actor.country();
            }
        }
        if (places.country() != null) {
            return places.country();
        }
        return actors.stream().map(Actor::country).filter(c -> c != null).findFirst().orElse(null);
    }
}
