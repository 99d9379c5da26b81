package org.eventtimeline.report;

/**
 * Reads a cell's text and tells whether a spreadsheet would run it as a formula (OWASP CSV Injection); produces
 * the neutralised text for CSV, prefixed with a single quote.
 */
public final class FormulaGuard {

    /** The prefix that makes spreadsheets take a CSV cell as text. */
    public static final char QUOTE = '\'';

    private FormulaGuard() {
    }

    /** True when the text begins with =, +, -, @, a tab or a carriage return. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** The text with a leading single quote when it is dangerous, else the text itself; null becomes "". */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        return isDangerous(text) ? QUOTE + text : text;
    }
}
