package org.eventtimeline.extract;

import java.util.List;

import org.eventtimeline.extract.gazetteer.Gazetteer;

/** Builds the standard extraction pipeline in its one declared order, over the shipped gazetteer. */
public final class ExtractionPipelines {

    private ExtractionPipelines() {
    }

    public static Pipeline standard() {
        return standard(Gazetteer.load());
    }

    public static Pipeline standard(Gazetteer gazetteer) {
        return new Pipeline(List.of(
                new SentenceSplitter(),
                new DateExtractor(),
                new PlaceExtractor(gazetteer),
                new ActorExtractor(gazetteer),
                new CasualtyExtractor(),
                new EventTypeClassifier(),
                new RecordAssembler()));
    }
}
