package org.eventtimeline.domain;

/** The kind of party an actor is. */
public enum ActorKind {
    PERSON, ORGANISATION, STATE, GROUP
}
