package org.eventtimeline.domain;

/** How precisely an event's date is known; REPORTED means the text gave none and the reference date stands in. */
public enum DatePrecision {
    DAY, MONTH, YEAR, REPORTED
}
