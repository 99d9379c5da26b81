package org.eventtimeline.extract.dates;

/**
 * Reads a sentence and tells whether an ISO date ("2024-03-05") can occur in it: some hyphen has a digit before it
 * and two digits and a second hyphen after it. A false answer is exact; a true one lets the ISO pattern run.
 */
final class IsoDates {

    private IsoDates() {
    }

    /** Whether some "d-dd-" (ASCII digits) occurs in the text. */
    static boolean mayOccur(String text) {
        for (int i = text.indexOf('-', 1); i >= 0 && i + 3 < text.length(); i = text.indexOf('-', i + 1)) {
            if (isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                    && text.charAt(i + 3) == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
