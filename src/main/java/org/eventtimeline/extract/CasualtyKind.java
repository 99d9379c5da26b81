package org.eventtimeline.extract;

/** What happened to the people a casualty figure counts. */
public enum CasualtyKind {
    KILLED, INJURED, MISSING, ABDUCTED, ARRESTED
}
