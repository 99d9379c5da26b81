package org.eventtimeline.read;

/** A JSON Lines record that cannot become an article (not JSON, no text, a bad date); the job skips it. */
public class MalformedArticleException extends RuntimeException {

    private final String source;
    private final int line;

    public MalformedArticleException(String source, int line, String reason) {
        super(source + " line " + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** The reason without the position. */
    public String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
