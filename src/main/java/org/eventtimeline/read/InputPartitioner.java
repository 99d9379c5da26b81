package org.eventtimeline.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads the discovered input files and produces the extract step's partitions, in input order: one per file, and
 * a file longer than {@code maxBytes} split into line-aligned byte ranges. Each partition's context holds the
 * {@link InputRange} keys; names are {@code partition-00000}, {@code partition-00001}, ... so that a restart finds
 * the same partitions.
 */
public class InputPartitioner implements Partitioner {

    private final List<InputFile> files;
    private final LineAlignedSplitter splitter;

    public InputPartitioner(List<InputFile> files, long maxBytes) {
        this.files = List.copyOf(files);
        this.splitter = new LineAlignedSplitter(maxBytes);
    }

    /** The ranges of all files, in input order. */
    public List<InputRange> ranges() {
        List<InputRange> ranges = new ArrayList<>();
        for (InputFile file : files) {
            ranges.addAll(splitter.split(file));
        }
        return ranges;
    }

    /** The partitions; {@code gridSize} is not used: the input's size decides how many there are. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<InputRange> ranges = ranges();
        for (int i = 0; i < ranges.size(); i++) {
            partitions.put(name(i), ranges.get(i).toContext());
        }
        return partitions;
    }

    /** The name of the partition at an index in input order. */
    public static String name(int index) {
        return String.format(Locale.ROOT, "partition-%05d", index);
    }
}
