package org.eventtimeline.store;

import java.util.ArrayList;
import java.util.List;

import org.eventtimeline.domain.EventRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages each chunk's event records in HSQLDB under the run key, inside the chunk's transaction. */
public class StagingItemWriter implements ItemWriter<List<EventRecord>> {

    private final StagedEventRepository repository;
    private final String runKey;

    public StagingItemWriter(StagedEventRepository repository, String runKey) {
        this.repository = repository;
        this.runKey = runKey;
    }

    @Override
    public void write(Chunk<? extends List<EventRecord>> chunk) {
        List<EventRecord> records = new ArrayList<>();
        for (List<EventRecord> item : chunk) {
            records.addAll(item);
        }
        if (!records.isEmpty()) {
            repository.stage(runKey, records);
        }
    }
}
