package org.eventtimeline.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SheetXmlWriterTests {

    @Test
    void markupAndEscapedCellTextAreWrittenAsUtf8() throws IOException {
        // given markup and cell text with every character POI escapes or replaces
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetXmlWriter out = new SheetXmlWriter(bytes)) {
            // when
            out.write("<t>");
            out.writeEscaped("a<b>&\"c\"\n\r\t\u00A0\u0001\uFFFE\uFFFF'z'");
            out.write("</t>");
            out.write('\n');
            out.writeDigits(1048576);
        }
        // then
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("<t>a&lt;b&gt;&amp;&quot;c&quot;&#xa;&#xd;&#x9;&#xa0;???'z'</t>\n1048576");
    }

    @Test
    void nonAsciiTextIsEncodedLikeTheJdkWriterWithUnpairedSurrogatesAsQuestionMarks() throws IOException {
        // given text with two- and three-byte chars, a pair, a lone low, a lone high before text and before markup
        String text = "caf\u00e9 \u20ac \uD83D\uDE00 \uDE00x \uD83Dy \uD83D\u00A0 end\uD83D";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetXmlWriter out = new SheetXmlWriter(bytes)) {
            // when
            out.writeEscaped(text);
            out.write("</t>");
        }
        // then: what POI's escaping through an OutputStreamWriter gives
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("caf\u00e9 \u20ac \uD83D\uDE00 ?x ?y ?&#xa0; end?</t>");
        assertThat(bytes.toByteArray()).isEqualTo(viaJdkWriter(text.replace("\u00A0", "&#xa0;") + "</t>"));
    }

    @Test
    void textLongerThanTheBufferIsWrittenWhole() throws IOException {
        // given 60,000 chars of mixed text, the buffer holding 32 KB
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 7 == 0 ? "\u00e9\u20ac" : "ab").append(i % 11 == 0 ? "\uD83D\uDE00" : "cd");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetXmlWriter out = new SheetXmlWriter(bytes)) {
            // when it is written as cell text and as markup
            out.writeEscaped(text.toString());
            out.write(text.toString());
        }
        // then both copies are its UTF-8 bytes
        byte[] once = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.size()).isEqualTo(2 * once.length);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString() + text);
    }

    private static byte[] viaJdkWriter(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (char c : text.toCharArray()) {
                out.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
