package org.eventtimeline.extract.assemble;

import java.util.List;

import org.eventtimeline.extract.CasualtyMention;
import org.eventtimeline.extract.DateMention;
import org.eventtimeline.extract.Document;
import org.eventtimeline.extract.PlaceMention;
import org.eventtimeline.extract.Sentence;
import org.eventtimeline.extract.TypeMention;

/** The sentences of one paragraph and the mentions that fall in them, as the record assembler reads them. */
public record ParagraphView(Document document, int paragraph, List<Sentence> sentences) {

    public boolean contains(int sentence) {
        return sentences.stream().anyMatch(s -> s.index() == sentence);
    }

    public List<DateMention> dates() {
        return document.dates().stream().filter(m -> contains(m.sentence())).toList();
    }

    public List<PlaceMention> places() {
        return document.places().stream().filter(m -> contains(m.sentence())).toList();
    }

    public List<CasualtyMention> casualties() {
        return document.casualties().stream().filter(m -> contains(m.sentence())).toList();
    }

    public List<TypeMention> types() {
        return document.types().stream().filter(m -> contains(m.sentence())).toList();
    }

    public String text() {
        return document.article().paragraphs().get(paragraph).text();
    }
}
