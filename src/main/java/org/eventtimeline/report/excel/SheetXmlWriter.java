package org.eventtimeline.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Reads the characters of a sheet's XML and produces their UTF-8 bytes on a stream, through its own byte buffer and
 * without locking (one thread writes a sheet); escapes cell text the way POI's {@code SheetDataWriter} does. The
 * bytes equal those of POI's {@code BufferedWriter} over an {@code OutputStreamWriter}: an unpaired surrogate
 * becomes '?', as the JDK's UTF-8 encoder replaces it.
 */
final class SheetXmlWriter extends Writer {

    private static final int BUFFER_BYTES = 1 << 15;
    /** Room a char needs at most: 3 bytes, or '?' and 3 bytes after an unpaired high surrogate. */
    private static final int MAX_CHAR_BYTES = 4;

    /** Chars escaped between checks for room, each at most 7 bytes: '?' for a waiting surrogate and "&#xa0;". */
    private static final int ESCAPE_CHUNK = 1024;
    private static final int MAX_ESCAPED_BYTES = 7;
    /** The ASCII chars cell text keeps as they are. */
    private static final boolean[] PLAIN = plainAscii();

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private int pos;
    /** A high surrogate waiting for its low half, or 0. */
    private char pendingHigh;

    SheetXmlWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        room();
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            room();
            put(chars[i]);
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            room();
            put(text.charAt(i));
        }
    }

    /** Writes a non-negative number's decimal digits. */
    void writeDigits(long value) throws IOException {
        if (value < 10) {
            write((int) ('0' + value));
            return;
        }
        writeDigits(value / 10);
        write((int) ('0' + value % 10));
    }

    /**
     * Writes cell text as POI's {@code SheetDataWriter.outputEscapedString} does: markup characters and line
     * breaks, tabs and no-break spaces as entities, other control characters and U+FFFE, U+FFFF as '?'.
     */
    void writeEscaped(String text) throws IOException {
        int len = text.length();
        for (int start = 0; start < len; start += ESCAPE_CHUNK) {
            if (pos > BUFFER_BYTES - ESCAPE_CHUNK * MAX_ESCAPED_BYTES) {
                drain();
            }
            escape(text, start, Math.min(len, start + ESCAPE_CHUNK));
        }
    }

    /** Escapes chars {@code from} to {@code to} into the buffer, which has room for all of them. */
    private void escape(String text, int from, int to) {
        byte[] buf = this.buf;
        int pos = this.pos;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && PLAIN[c] && pendingHigh == 0) {
                buf[pos++] = (byte) c;
                continue;
            }
            this.pos = pos;
            switch (c) {
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '&' -> ascii("&amp;");
                case '"' -> ascii("&quot;");
                case '\n' -> ascii("&#xa;");
                case '\r' -> ascii("&#xd;");
                case '\t' -> ascii("&#x9;");
                case '\u00A0' -> ascii("&#xa0;");
                default -> putSlow(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
            pos = this.pos;
        }
        this.pos = pos;
    }

    /** Puts an entity in the buffer, after '?' for a high surrogate left waiting. */
    private void ascii(String entity) {
        for (int i = 0; i < entity.length(); i++) {
            put(entity.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            room();
            pendingHigh = 0;
            buf[pos++] = '?';
        }
        drain();
        out.close();
    }

    private void room() throws IOException {
        if (pos > BUFFER_BYTES - MAX_CHAR_BYTES) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    private static boolean[] plainAscii() {
        boolean[] plain = new boolean[0x80];
        for (char c = ' '; c < 0x80; c++) {
            plain[c] = c != '<' && c != '>' && c != '&' && c != '"';
        }
        return plain;
    }

    /** Puts one char's bytes in the buffer, which has room for {@link #MAX_CHAR_BYTES}. */
    private void put(char c) {
        if (c < 0x80 && pendingHigh == 0) {
            buf[pos++] = (byte) c;
        } else {
            putSlow(c);
        }
    }

    private void putSlow(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                buf[pos++] = (byte) (0xF0 | code >> 18);
                buf[pos++] = (byte) (0x80 | code >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | code >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            buf[pos++] = '?';
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }
}
