package org.eventtimeline.extract;

/**
 * Reads a matched name and produces its first or last word (split at {@code \s} runs) or the name without a leading
 * article, as the regex calls {@code split("\\s+")} and {@code replaceFirst("^The\\s+", "")} do, without a regex.
 */
final class NameWords {

    private NameWords() {
    }

    /** The part before the first whitespace char ({@code split("\\s+")[0]}). */
    static String first(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (isSpace(name.charAt(i))) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** The last word of {@code split("\\s+")}, for a name that ends with a non-whitespace char. */
    static String last(String name) {
        for (int i = name.length() - 1; i >= 0; i--) {
            if (isSpace(name.charAt(i))) {
                return name.substring(i + 1);
            }
        }
        return name;
    }

    /** The name without a leading "The" and the whitespace after it; {@code anyCase} reads "the" as {@code (?i)}. */
    static String withoutThe(String name, boolean anyCase) {
        if (name.length() < 4 || !isSpace(name.charAt(3))) {
            return name;
        }
        boolean the = anyCase
                ? (name.charAt(0) | 0x20) == 't' && (name.charAt(1) | 0x20) == 'h' && (name.charAt(2) | 0x20) == 'e'
                : name.startsWith("The");
        if (!the) {
            return name;
        }
        int end = 4;
        while (end < name.length() && isSpace(name.charAt(end))) {
            end++;
        }
        return name.substring(end);
    }

    /** The name with each whitespace run replaced by one space ({@code replaceAll("\\s+", " ")}). */
    static String singleSpaced(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < name.length() && isSpace(name.charAt(i + 1)))) {
                out = new StringBuilder(name.length());
                break;
            }
        }
        if (out == null) {
            return name;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (i == 0 || !isSpace(name.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Whether the word is one of the parts of the name split at whitespace and hyphens ("Yo" of "Kim Yo-jong"). */
    static boolean isPart(String name, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (isSpace(word.charAt(i)) || word.charAt(i) == '-') {
                return false;
            }
        }
        for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || isSpace(name.charAt(at - 1)) || name.charAt(at - 1) == '-')
                    && (end == name.length() || isSpace(name.charAt(end)) || name.charAt(end) == '-')) {
                return true;
            }
        }
        return false;
    }

    /** The role with each word capitalised, words of two chars at most (not ending in ".") in lower case. */
    static String titleCase(String role) {
        StringBuilder out = new StringBuilder();
        for (String word : role.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.length() <= 2 && !word.endsWith(".") ? word.toLowerCase(java.util.Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** The chars of regex {@code \s} (without {@code UNICODE_CHARACTER_CLASS}). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The start of the word after the one holding {@code at}, words split at regex {@code \s} runs. */
    static int nextWord(String text, int at) {
        int i = at;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
