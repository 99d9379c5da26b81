package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortSpaceTests {

    @TempDir
    Path root;

    @Test
    void aNewSortDirectoryRemovesWhatEndedProcessesLeftAndKeepsTheRest() throws IOException {
        // given a directory of a process that no longer runs, one of this process and an unrelated one
        long me = ProcessHandle.current().pid();
        long ended = endedPid();
        Path left = Files.createDirectories(root.resolve("sort-" + ended + "-123"));
        Files.writeString(left.resolve("run-0"), "rows");
        Path mine = Files.createDirectories(root.resolve("sort-" + me + "-456"));
        Path other = Files.createDirectories(root.resolve("notes"));

        // when a sort asks for a directory
        Path fresh = new SortSpace(root).newDirectory();

        // then
        assertThat(left).doesNotExist();
        assertThat(mine).isDirectory();
        assertThat(other).isDirectory();
        assertThat(fresh.getParent()).isEqualTo(root);
        assertThat(fresh.getFileName().toString()).startsWith("sort-" + me + "-");
    }

    @Test
    void twoSortsStartingTogetherBothGetADirectoryAndTheEndedProcessesFilesAreGone() throws Exception {
        // given, 20 times over, 300 sort files a killed process left, and two sorts (the two report steps) that
        // ask for their first directories at the same moment
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Path space = Files.createDirectory(root.resolve("space-" + round));
                Path left = Files.createDirectories(space.resolve("sort-" + endedPid() + "-" + round));
                for (int i = 0; i < 300; i++) {
                    Files.writeString(left.resolve("run-" + i), "rows");
                }
                SortSpace sorts = new SortSpace(space);
                CountDownLatch start = new CountDownLatch(1);

                // when
                List<Future<Path>> asked = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    asked.add(threads.submit(() -> {
                        start.await();
                        return sorts.newDirectory();
                    }));
                }
                start.countDown();

                // then
                assertThat(asked.get(0).get()).isDirectory().isNotEqualTo(asked.get(1).get());
                assertThat(asked.get(1).get()).isDirectory();
                assertThat(left).doesNotExist();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A pid no process has: the largest pid Linux hands out is below 2^22. */
    private static long endedPid() {
        long pid = 4_194_304L + 17;
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
