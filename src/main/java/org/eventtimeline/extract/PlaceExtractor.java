package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eventtimeline.extract.gazetteer.Gazetteer;
import org.eventtimeline.extract.places.CommaPlaceFinder;
import org.eventtimeline.extract.places.ContextLocalityFinder;
import org.eventtimeline.extract.places.DescribedPlaceFinder;
import org.eventtimeline.extract.places.GazetteerMatcher;
import org.eventtimeline.extract.places.Token;
import org.eventtimeline.extract.places.Tokenizer;

/**
 * Reads each sentence and adds its place mentions (offsets relative to the sentence text): described places ("the
 * Libyan city of Derna") and "Town, State" and "Town, Country" pairs first, then gazetteer names, then localities the gazetteer lacks found by context. Each
 * mention's score is higher after a locative preposition and for specific places (cities, localities).
 * Territories keep their own name as country ("Greenland", not "Denmark"), as analysts name them.
 */
public final class PlaceExtractor implements Extractor {

    private final CommaPlaceFinder commaPlaces;
    private final GazetteerMatcher gazetteerNames;
    private final ContextLocalityFinder localities;
    private final DescribedPlaceFinder described;

    public PlaceExtractor(Gazetteer gazetteer) {
        this.commaPlaces = new CommaPlaceFinder(gazetteer);
        this.gazetteerNames = new GazetteerMatcher(gazetteer);
        this.localities = new ContextLocalityFinder(gazetteer);
        this.described = new DescribedPlaceFinder(gazetteer);
    }

    @Override
    public void annotate(Document document) {
        for (Sentence sentence : document.sentences()) {
            document.places().addAll(placesIn(sentence));
        }
    }

    /** The place mentions of one sentence, in text order. */
    public List<PlaceMention> placesIn(Sentence sentence) {
        String text = sentence.text();
        List<Token> tokens = Tokenizer.tokens(text);
        List<PlaceMention> found = new ArrayList<>();
        described.find(sentence.index(), text, found);
        commaPlaces.find(sentence.index(), text, tokens, found);
        gazetteerNames.match(sentence.index(), text, tokens, found);
        localities.find(sentence.index(), text, tokens, found);
        found.sort(Comparator.comparingInt(PlaceMention::start));
        return found;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PLACES);
    }
}
