package org.eventtimeline.extract.casualties;

import java.util.regex.Pattern;

/**
 * Reads the words around a casualty figure and tells whether the figure is hypothetical ("could kill", "would be
 * injured"), negated or denied ("none of the 40", "denied that"), unconfirmed ("reportedly", "feared dead",
 * "may have died") or split between two kinds ("killed or injured").
 */
public final class Hedges {

    /** What the wording makes of a figure; HYPOTHETICAL also covers denied and negated ones (no figure). */
    public enum Status { FACT, UNCONFIRMED, HYPOTHETICAL }

    private static final Pattern MODAL_PERFECT = Pattern.compile("(?i)\\b(?:may|might|must)\\s+(?:\\w+\\s+)?have\\b");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:could|would|will|can|should|shall|must|may|might"
            + "|won't|cannot|can't)\\b");
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)\\b(could|would|will|can|should|shall|must|may"
            + "|might|to|not|never|no)\\s+(?:(?:also|still|already|have|not|be|been)\\s+)*$");
    private static final Pattern UNCONFIRMED = Pattern.compile("(?i)\\b(?:reportedly|unconfirmed|reported\\s+that"
            + "|reports?\\s+(?:said|say|says|suggest|suggested)|feared|believed|presumed|thought\\s+to|may\\s+have"
            + "|might\\s+have|possibly|purportedly|rumou?red|claimed\\s+that|claims\\s+that|reported\\s+(?:killed|dead"
            + "|injured|wounded|missing|kidnapped|abducted|arrested))\\b");
    private static final Pattern SPLIT_AFTER = Pattern.compile("(?i)^\\s*(?:or|and/or|and)\\s+(?:injured|wounded"
            + "|hurt|killed|dead|missing|kidnapped|abducted|arrested|detained)\\b");
    private static final Pattern SPLIT_BEFORE = Pattern.compile("(?i)\\b(?:killed|dead|injured|wounded|hurt|missing"
            + "|kidnapped|abducted|arrested|detained|killing|injuring|wounding)\\s+(?:or|and/or)\\s+$");
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)(?:\\b(?:none|neither|no|nobody|not\\s+one|not\\s+any)"
            + "\\s+of\\s+(?:the\\s+|those\\s+|them\\s+|its\\s+|their\\s+)?|\\b(?:if|unless|whether|denied|denies|deny"
            + "|denying)(?:\\s+that)?\\s+)$");
    /** One of these is in every match of the pattern of the same name (lower case). */
    private static final String[] DENIED_WORDS = {"no", "neither", "if", "unless", "whether", "den"};
    private static final String[] MODAL_WORDS = {"could", "would", "will", "can", "should", "shall", "must", "may",
        "might", "to", "no", "never"};
    private static final String[] UNCONFIRMED_WORDS = {"report", "unconfirmed", "feared", "believed", "presumed",
        "thought", "may", "might", "possibly", "purportedly", "rumo", "claim"};
    private static final int WINDOW = 40;
    private static final int CLAUSE = 60;

    private Hedges() {
    }

    /**
     * The status of a figure matched at [start, end) of the sentence; {@code mid} holds the words between the
     * people and the verb (may be empty); {@code active} tells that the figure follows its verb.
     */
    public static Status statusOf(String sentence, int start, int end, String mid, boolean active) {
        String before = sentence.substring(Math.max(0, start - WINDOW), start);
        String foldedBefore = asciiLower(before);
        if (holdsAny(foldedBefore, DENIED_WORDS) && DENIED_BEFORE.matcher(before).find()) {
            return Status.HYPOTHETICAL;
        }
        if ((!active && SPLIT_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt())
                || (foldedBefore.contains("or") && SPLIT_BEFORE.matcher(before).find())) {
            return Status.HYPOTHETICAL;
        }
        boolean unconfirmed = false;
        if (MODAL.matcher(mid).find()) {
            if (!MODAL_PERFECT.matcher(mid).find()) {
                return Status.HYPOTHETICAL;
            }
            unconfirmed = true;
        }
        var modal = MODAL_BEFORE.matcher(before);
        if (holdsAny(foldedBefore, MODAL_WORDS) && modal.find()) {
            String word = modal.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean perfect = modal.group().toLowerCase(java.util.Locale.ROOT).contains("have");
            if (!perfect || !(word.equals("may") || word.equals("might") || word.equals("to"))) {
                return Status.HYPOTHETICAL;
            }
            unconfirmed = true;
        }
        if (unconfirmed) {
            return Status.UNCONFIRMED;
        }
        String clause = sentence.substring(Math.max(0, start - CLAUSE), end);
        if (holdsAny(asciiLower(clause), UNCONFIRMED_WORDS) && UNCONFIRMED.matcher(clause).find()) {
            return Status.UNCONFIRMED;
        }
        return Status.FACT;
    }

    /** Whether the ASCII-lower-cased text holds one of the words; a {@code (?i)} literal cannot match otherwise. */
    private static boolean holdsAny(String folded, String[] words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text with A-Z lower-cased, as {@code (?i)} without the U flag compares chars; same offsets. */
    private static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }
}
