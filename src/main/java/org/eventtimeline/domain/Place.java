package org.eventtimeline.domain;

/** A named place with the English name of the country it lies in (null when unknown). */
public record Place(String name, String country, PlaceKind kind) {
}
