package org.eventtimeline.domain;

/** Someone involved in an event: a name, an optional role ("Prime Minister"), an optional country. */
public record Actor(String name, String role, String country, ActorKind kind) {
}
