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
