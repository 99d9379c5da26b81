package org.eventtimeline.extract;

/**
 * One sentence of a document: its index in the document, the paragraph it belongs to, its character span in the
 * document text, its own text and its tense. Mention offsets are relative to {@code text}.
 */
public record Sentence(int index, int paragraph, int start, int end, String text, Tense tense) {
}
