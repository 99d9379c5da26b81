package org.eventtimeline.extract.assemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eventtimeline.extract.CasualtyMention;
import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.Document;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.Sentence;
import org.eventtimeline.extract.TypeMention;

/**
 * The sentences of one paragraph and the mentions that fall in them, as the record assembler reads them. A
 * paragraph's sentences are consecutive, so its mentions are picked out once by index range.
 */
public final class ParagraphView {

    private final Document document;
    private final int paragraph;
    private final List<Sentence> sentences;
    private final int first;
    private final int last;
    private final List<DateMention> dates;
    private final List<PlaceMention> places;
    private final List<CasualtyMention> casualties;
    private final List<TypeMention> types;

    public ParagraphView(Document document, int paragraph, List<Sentence> sentences) {
        this.document = document;
        this.paragraph = paragraph;
        this.sentences = List.copyOf(sentences);
        this.first = sentences.get(0).index();
        this.last = sentences.get(sentences.size() - 1).index();
        this.dates = within(document.dates(), DateMention::sentence);
        this.places = within(document.places(), PlaceMention::sentence);
        this.casualties = within(document.casualties(), CasualtyMention::sentence);
        this.types = within(document.types(), TypeMention::sentence);
    }

    private <T> List<T> within(List<T> mentions, ToIntFunction<T> sentence) {
        List<T> within = new ArrayList<>();
        for (T m : mentions) {
            if (contains(sentence.applyAsInt(m))) {
                within.add(m);
            }
        }
        return Collections.unmodifiableList(within);
    }

    public boolean contains(int sentence) {
        return sentence >= first && sentence <= last;
    }

    public Document document() {
        return document;
    }

    public int paragraph() {
        return paragraph;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public List<PlaceMention> places() {
        return places;
    }

    public List<CasualtyMention> casualties() {
        return casualties;
    }

    public List<TypeMention> types() {
        return types;
    }

    public String text() {
        return document.article().paragraphs().get(paragraph).text();
    }
}
