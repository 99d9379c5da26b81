package org.eventtimeline.peer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.extract.ExtractionPipelines;
import org.eventtimeline.extract.Pipeline;

/** Runs our standard extraction pipeline over paragraphs, one article a paragraph, and counts the event records. */
final class OurPipeline implements Contestant {

    private final Pipeline pipeline = ExtractionPipelines.standard();
    private final LocalDate referenceDate;
    private long records;

    OurPipeline(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    @Override
    public String name() {
        return "event-timeline";
    }

    @Override
    public long run(List<String> paragraphs) {
        long found = 0;
        int line = 0;
        for (String text : paragraphs) {
            List<EventRecord> out = pipeline.process(Article.ofLine("bench.txt", ++line, referenceDate, text));
            found += out.size();
        }
        records = found;
        return found;
    }

    @Override
    public String describeLastRun() {
        return String.format(Locale.ROOT, "%,d event records", records);
    }
}
