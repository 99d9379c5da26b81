package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTests {

    /** A row sorted by key only; seq tells the order it was added in. */
    record Pair(int key, int seq, String text) {
    }

    private static final ExternalSort.Codec<Pair> CODEC = new ExternalSort.Codec<>() {
        @Override
        public void write(DataOutputStream out, Pair row) throws IOException {
            out.writeInt(row.key());
            out.writeInt(row.seq());
            ExternalSort.writeText(out, row.text());
        }

        @Override
        public Pair read(DataInputStream in) throws IOException {
            return new Pair(in.readInt(), in.readInt(), ExternalSort.readText(in));
        }

        @Override
        public long heapBytes(Pair row) {
            return 100;
        }
    };

    @TempDir
    Path root;

    @Test
    void sortsMoreRowsThanItsBudgetHoldsThroughFilesAndKeepsEqualRowsInTheOrderAdded() throws IOException {
        // given 10,000 rows with keys 0..49 in random order and a budget of 1,000 rows (100 bytes each)
        Random random = new Random(7);
        List<Pair> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new Pair(random.nextInt(50), i, "row " + i));
        }
        try (ExternalSort<Pair> sort = new ExternalSort<>(Comparator.comparingInt(Pair::key), CODEC, 100_000,
                new SortSpace(root))) {
            // when
            rows.forEach(sort::add);
            List<Pair> sorted = drain(sort.sorted());

            // then the rows went through ten files and come back sorted by key, then in the order added
            assertThat(filesUnder(root)).hasSize(10);
            List<Pair> expected = new ArrayList<>(rows);
            expected.sort(Comparator.comparingInt(Pair::key).thenComparingInt(Pair::seq));
            assertThat(sorted).isEqualTo(expected);
            assertThat(sorted.get(0).key()).isZero();
            assertThat(sorted.get(9_999).key()).isEqualTo(49);

            // and a second read gives the same rows
            assertThat(drain(sort.sorted())).isEqualTo(expected);
        }

        // and closing deleted the sort's directory
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void rowsWithinTheBudgetNeverTouchTheDisk() throws IOException {
        // given three rows and a large budget
        try (ExternalSort<Pair> sort = new ExternalSort<>(Comparator.comparingInt(Pair::key), CODEC, 1 << 20,
                new SortSpace(root.resolve("sort")))) {
            sort.add(new Pair(3, 0, "c"));
            sort.add(new Pair(1, 1, "a"));
            sort.add(new Pair(2, 2, "b"));

            // when
            List<Pair> sorted = drain(sort.sorted());

            // then
            assertThat(sorted).extracting(Pair::text).containsExactly("a", "b", "c");
            assertThat(root.resolve("sort")).doesNotExist();
        }
    }

    @Test
    void textLongerThanWriteUtfAllowsSurvivesAFile() throws IOException {
        // given a row holding 100,000 characters, some outside Latin-1, and a budget below one row
        String text = "é€".repeat(50_000);
        try (ExternalSort<Pair> sort = new ExternalSort<>(Comparator.comparingInt(Pair::key), CODEC, 50,
                new SortSpace(root))) {
            sort.add(new Pair(2, 0, text));
            sort.add(new Pair(1, 1, "short"));

            // when
            List<Pair> sorted = drain(sort.sorted());

            // then
            assertThat(sorted).extracting(Pair::text).containsExactly("short", text);
        }
    }

    private static List<Pair> drain(Iterator<Pair> it) {
        List<Pair> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
