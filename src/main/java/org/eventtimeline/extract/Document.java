package org.eventtimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.Paragraph;

/**
 * The shared model every extractor annotates: one article's text (paragraphs joined by a newline), its reference
 * date, and the layers added so far. One document per item; never shared between threads.
 */
public final class Document {

    private final Article article;
    private final String text;
    private final int[] paragraphStarts;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<CasualtyMention> casualties = new ArrayList<>();
    private final List<TypeMention> types = new ArrayList<>();
    private final List<EventRecord> records = new ArrayList<>();
    /** Per sentence index: the text last folded for it and its folded copy (see {@link #folded(Sentence)}). */
    private String[] foldedFrom = new String[0];
    private String[] folded = new String[0];

    public Document(Article article) {
        this.article = article;
        List<Paragraph> paragraphs = article.paragraphs();
        this.paragraphStarts = new int[paragraphs.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            paragraphStarts[i] = joined.length();
            joined.append(paragraphs.get(i).text());
        }
        this.text = joined.toString();
    }

    /** A document for one paragraph of text, as tests and benchmarks use. */
    public static Document of(String text, LocalDate referenceDate) {
        return new Document(Article.ofLine("test", 1, referenceDate, text));
    }

    public Article article() {
        return article;
    }

    public String text() {
        return text;
    }

    public LocalDate referenceDate() {
        return article.referenceDate();
    }

    /** Where paragraph {@code index} starts in {@link #text()}. */
    public int paragraphStart(int index) {
        return paragraphStarts[index];
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /**
     * The sentence's text case-folded as {@link TextFold#fold(String)} folds it, folded once and kept for the
     * stages after the splitter; a sentence whose text is not the one folded for its index is folded again.
     */
    public String folded(Sentence sentence) {
        int index = sentence.index();
        if (index < folded.length && foldedFrom[index] == sentence.text()) {
            return folded[index];
        }
        String text = sentence.text();
        keepFolded(index, text, TextFold.fold(text));
        return folded[index];
    }

    /** Keeps {@code foldedText}, the fold of {@code text}, for the sentence at {@code index}. */
    void keepFolded(int index, String text, String foldedText) {
        if (index >= folded.length) {
            int size = Math.max(index + 1, folded.length * 2);
            folded = java.util.Arrays.copyOf(folded, size);
            foldedFrom = java.util.Arrays.copyOf(foldedFrom, size);
        }
        folded[index] = foldedText;
        foldedFrom[index] = text;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public List<PlaceMention> places() {
        return places;
    }

    public List<ActorMention> actors() {
        return actors;
    }

    public List<CasualtyMention> casualties() {
        return casualties;
    }

    public List<TypeMention> types() {
        return types;
    }

    public List<EventRecord> records() {
        return records;
    }
}
