package org.eventtimeline.extract;

import java.util.Set;

/**
 * One stage of the extraction pipeline: reads the layers it requires from a document and adds the layers it
 * provides. Implementations keep no per-document state, so one instance serves several threads.
 */
public interface Extractor {

    /** Adds this stage's annotations to the document. */
    void annotate(Document document);

    /** The layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** The layers this stage adds. */
    Set<Layer> provides();

    default String name() {
        return getClass().getSimpleName();
    }
}
