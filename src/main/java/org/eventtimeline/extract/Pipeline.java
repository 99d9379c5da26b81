package org.eventtimeline.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;

/**
 * Runs its extractors in their declared order over one document and returns the records it ends with.
 * Checks at construction that each stage's required layers are provided by an earlier stage.
 */
public final class Pipeline implements Extractor {

    private final List<Extractor> stages;
    private final Set<Layer> provided;

    public Pipeline(List<Extractor> stages) {
        this.stages = List.copyOf(stages);
        EnumSet<Layer> seen = EnumSet.noneOf(Layer.class);
        for (Extractor stage : this.stages) {
            for (Layer required : stage.requires()) {
                if (!seen.contains(required)) {
                    throw new IllegalArgumentException(
                            stage.name() + " requires " + required + " but no earlier stage provides it");
                }
            }
            seen.addAll(stage.provides());
        }
        this.provided = Set.copyOf(seen);
    }

    /** Annotates a fresh document for the article and returns its records. */
    public List<EventRecord> process(Article article) {
        Document document = new Document(article);
        annotate(document);
        return List.copyOf(document.records());
    }

    @Override
    public void annotate(Document document) {
        for (Extractor stage : stages) {
            stage.annotate(document);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return provided;
    }

    public List<Extractor> stages() {
        return stages;
    }
}
