package org.eventtimeline.domain;

/**
 * What happened, one type per record. Modelled on ACLED's event types and CAMEO's root codes;
 * the README lists the taxonomy with its cues.
 */
public enum EventType {
    ATTACK("Attack or armed clash", "ACLED Battles / Violence against civilians; CAMEO 18-19"),
    EXPLOSION("Explosion or remote violence", "ACLED Explosions/Remote violence; CAMEO 183"),
    DISASTER("Fire, accident or disaster", "ACLED Strategic developments (non-violent); CAMEO -"),
    ABDUCTION("Abduction or disappearance", "ACLED Abduction/forced disappearance; CAMEO 181"),
    ARREST("Arrest or detention", "ACLED Arrests; CAMEO 173"),
    PROTEST("Protest or riot", "ACLED Protests/Riots; CAMEO 14"),
    MILITARY("Military activity", "ACLED Strategic developments; CAMEO 15 (force posture)"),
    EVACUATION("Evacuation or displacement", "ACLED Strategic developments; CAMEO -"),
    CANCELLATION("Cancellation or suspension", "CAMEO 16 (reduce relations)"),
    MEETING("Meeting or visit", "CAMEO 04 (consult)"),
    AGREEMENT("Agreement or cooperation", "CAMEO 05-06 (cooperate)"),
    THREAT("Threat, demand or accusation", "CAMEO 10-13 (demand, disapprove, reject, threaten)"),
    STATEMENT("Statement", "CAMEO 01 (make public statement)"),
    OTHER("Other", "no cue found");

    private final String label;
    private final String source;

    EventType(String label, String source) {
        this.label = label;
        this.source = source;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }
}
