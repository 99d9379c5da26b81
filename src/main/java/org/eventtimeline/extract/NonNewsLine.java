package org.eventtimeline.extract;

import java.util.regex.Pattern;

/** Reads a paragraph and tells whether it is furniture, not news: a photo credit, a byline, a dateline stub. */
final class NonNewsLine {

    private static final Pattern CREDIT = Pattern.compile(
            "^(?i:photos?|images?|pictures?|videos?|graphics?|credits?|sources?|file photo|reporting|"
                    + "additional reporting|writing|editing|compiled|translated)(?:\\s+by)?\\s*[:/|-].*"
                    + "|^\\(?(?:AP|AFP|Reuters)\\)?\\s*[-—–]*\\s*$|.*\\b(?:via Getty Images|/ ?AFP|/ ?AP Photo|"
                    + "/ ?Reuters)\\b.{0,40}$|.*\\bcontributed to this report\\.?$|^(?:Copyright|©).*|"
                    + ".*\\bAll rights reserved\\.?$");
    /** {@link #CREDIT} without its alternatives that need a literal ("via Getty Images", "/", ...) anywhere. */
    private static final Pattern CREDIT_AT_START = Pattern.compile(
            "^(?i:photos?|images?|pictures?|videos?|graphics?|credits?|sources?|file photo|reporting|"
                    + "additional reporting|writing|editing|compiled|translated)(?:\\s+by)?\\s*[:/|-].*"
                    + "|^\\(?(?:AP|AFP|Reuters)\\)?\\s*[-—–]*\\s*$|^(?:Copyright|©).*");
    private static final Pattern HAS_VERB_CUE = Pattern.compile(
            "\\b\\p{Ll}{2,}(?:ed|s|ing)\\b|\\b(?:is|are|was|were|has|have|had|will|said|says|told|met|hit|left|"
                    + "fled|shot|held|made|took|went|came|saw|began|fell|won|lost|led|sent|set|put|cut|died|"
                    + "killed)\\b");

    /** Whether the paragraph carries no event: a credit line, or too short to hold a clause. */
    boolean isFurniture(String paragraph) {
        String text = paragraph.strip();
        boolean literal = text.indexOf('/') >= 0 || text.contains("via Getty Images")
                || text.contains("contributed to this report") || text.contains("All rights reserved");
        if ((literal ? CREDIT : CREDIT_AT_START).matcher(text).matches()) {
            return true;
        }
        if (wordCountBelowFour(text)) {
            return true;
        }
        // every alternative starts with a lower-case letter (\p{Ll}, or a lower-case word): only such word starts
        return !WordStartScan.occursAtWordStarts(HAS_VERB_CUE, text,
                s -> Character.getType(text.codePointAt(s)) == Character.LOWERCASE_LETTER);
    }

    /** As {@code text.split("\\s+").length < 4} for a stripped text: fewer than three runs of regex whitespace. */
    static boolean wordCountBelowFour(String text) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (space && !inRun && ++runs >= 3) {
                return false;
            }
            inRun = space;
        }
        return true;
    }
}
