package org.eventtimeline.domain;

/**
 * People killed, injured, missing, abducted and arrested in an event; null means the text says nothing.
 * {@code text} keeps the words the figures came from ("more than 100 people").
 */
public record Casualties(Integer killed, Integer injured, Integer missing, Integer abducted, Integer arrested,
                         String text) {

    public static final Casualties NONE = new Casualties(null, null, null, null, null, "");

    public boolean isEmpty() {
        return killed == null && injured == null && missing == null && abducted == null && arrested == null;
    }
}
