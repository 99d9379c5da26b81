package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** A pid no process has: the largest pid Linux hands out is below 2^22. */
    private static long endedPid() {
        long pid = 4_194_304L + 17;
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
