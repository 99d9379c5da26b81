package org.eventtimeline.domain;

/** One paragraph of an article: its position in the article, its 1-based line in the input file, and its text. */
public record Paragraph(int index, int line, String text) {
}
