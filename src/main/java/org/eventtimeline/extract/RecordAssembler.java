package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.extract.assemble.CasualtyTally;
import org.eventtimeline.extract.assemble.CountryResolver;
import org.eventtimeline.extract.assemble.EventDateSelector;
import org.eventtimeline.extract.assemble.EventIds;
import org.eventtimeline.extract.assemble.EventTypeChooser;
import org.eventtimeline.extract.assemble.MainSentenceSelector;
import org.eventtimeline.extract.assemble.ParagraphView;
import org.eventtimeline.extract.assemble.PlaceRanker;

/**
 * Reads every layer of a document and provides at most one record per news paragraph: its main sentence's event
 * with the date, places, actors, figures and type that the paragraph's mentions give, and the sentences they came
 * from as evidence. A paragraph that is furniture (a photo credit, a byline) gives none. In an article of several
 * paragraphs, a paragraph without a date or place of its own takes the lede's.
 */
public final class RecordAssembler implements Extractor {

    private final NonNewsLine furniture = new NonNewsLine();
    private final MainSentenceSelector mainSentences = new MainSentenceSelector();
    private final EventDateSelector dates = new EventDateSelector();
    private final PlaceRanker places = new PlaceRanker();
    private final CasualtyTally casualties = new CasualtyTally();
    private final EventTypeChooser types = new EventTypeChooser();
    private final EventIds ids = new EventIds();
    private final CountryResolver countries = new CountryResolver();

    @Override
    public void annotate(Document document) {
        Map<Integer, List<Sentence>> byParagraph = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            byParagraph.computeIfAbsent(sentence.paragraph(), p -> new ArrayList<>()).add(sentence);
        }
        DateMention ledeDate = null;
        PlaceRanker.Ranked ledePlaces = null;
        for (Map.Entry<Integer, List<Sentence>> entry : byParagraph.entrySet()) {
            ParagraphView view = new ParagraphView(document, entry.getKey(), entry.getValue());
            if (furniture.isFurniture(view.text())) {
                continue;
            }
            Sentence main = mainSentences.select(view);
            Optional<DateMention> date = dates.select(view, main);
            if (date.isEmpty() && ledeDate != null) {
                // A later paragraph of an article without a date of its own tells of the lede's event.
                date = Optional.of(ledeDate);
            } else if (ledeDate == null && date.isPresent()) {
                ledeDate = date.get();
            }
            PlaceRanker.Ranked ranked = places.rank(view, main);
            if (ranked.places().isEmpty() && ledePlaces != null) {
                // Likewise a later paragraph that names no place happened where the lede's event did.
                ranked = ledePlaces;
            } else if (ledePlaces == null && !ranked.places().isEmpty()) {
                ledePlaces = ranked;
            }
            document.records().add(record(document, view, main, date, ranked));
        }
    }

    private EventRecord record(Document document, ParagraphView view, Sentence main, Optional<DateMention> date,
                               PlaceRanker.Ranked ranked) {
        CasualtyTally.Tally tally = casualties.tally(view, main, date);
        List<Actor> actors = actors(view, main);
        String country = countries.country(ranked, actors);
        EventTypeChooser.Choice type = types.choose(view, main, tally.casualties());
        Set<Integer> evidence = new TreeSet<>(tally.sentences());
        evidence.add(main.index());
        date.filter(d -> view.contains(d.sentence())).ifPresent(d -> evidence.add(d.sentence()));
        Article article = document.article();
        DateValue value = date.map(DateMention::value).orElse(DateValue.reported(document.referenceDate()));
        double confidence = 0.2 + (date.isPresent() ? 0.2 : 0) + (ranked.cued() ? 0.2 : country != null ? 0.1 : 0)
                + (type.cued() ? 0.2 : 0) + (actors.isEmpty() ? 0 : 0.1)
                + (tally.sentences().contains(main.index()) ? 0.1 : 0);
        return new EventRecord(ids.idFor(article, view.paragraph(), view.text()), value,
                date.map(DateMention::text).orElse(""), type.type(), actors, ranked.places(),
                country, tally.casualties(), article.source(), article.articleId(),
                article.paragraphs().get(view.paragraph()).line(), evidence(document, evidence),
                Math.round(confidence * 100) / 100.0);
    }

    /** The paragraph's distinct actors, the main sentence's first. */
    private static List<Actor> actors(ParagraphView view, Sentence main) {
        Map<String, Actor> distinct = new LinkedHashMap<>();
        List<ActorMention> all = view.document().actors();
        for (ActorMention mention : all) {
            if (mention.sentence() == main.index()) {
                distinct.putIfAbsent(mention.actor().name(), mention.actor());
            }
        }
        for (ActorMention mention : all) {
            if (mention.sentence() != main.index() && view.contains(mention.sentence())) {
                distinct.putIfAbsent(mention.actor().name(), mention.actor());
            }
        }
        return List.copyOf(distinct.values());
    }

    private static String evidence(Document document, Set<Integer> sentences) {
        StringBuilder text = new StringBuilder();
        for (int index : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(document.sentence(index).text());
        }
        return text.toString();
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.DATES, Layer.PLACES, Layer.ACTORS, Layer.CASUALTIES, Layer.EVENT_TYPES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.RECORDS);
    }
}
