package org.eventtimeline.domain;

/** The kind of place: a country, a first-level region, a territory, a city, or a named locality found by context. */
public enum PlaceKind {
    COUNTRY, REGION, TERRITORY, CITY, LOCALITY
}
