package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilePublisherTests {

    @TempDir
    Path dir;

    @Test
    void aPendingFileIsInvisibleUntilPublishedAndClosingItUnpublishedKeepsThePreviousFile() throws IOException {
        // given previous files a and b
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "old a");
        Files.writeString(b, "old b");

        // when both are written, a is published and b is closed unpublished
        try (AtomicFilePublisher.Pending newA = publisher.begin(a);
             AtomicFilePublisher.Pending newB = publisher.begin(b)) {
            newA.stream().write("new a".getBytes(StandardCharsets.UTF_8));
            newB.stream().write("new b".getBytes(StandardCharsets.UTF_8));
            assertThat(a).hasContent("old a");
            newA.publish();
        }

        // then a is new, b is old, and no temporary file is left
        assertThat(a).hasContent("new a");
        assertThat(b).hasContent("old b");
        assertThat(listing(dir)).containsExactly("a.txt", "b.txt");
    }

    private final AtomicFilePublisher publisher = new AtomicFilePublisher();

    @Test
    void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
        // given a target in a directory that does not exist yet
        Path target = dir.resolve("out/report.txt");
        // when content is published, the writer closing its stream
        publisher.publish(target, out -> {
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        // then the file holds the content and is the only file there
        assertThat(target).hasContent("hello");
        assertThat(listing(target.getParent())).containsExactly("report.txt");
    }

    @Test
    void replacesThePreviousFile() throws IOException {
        // given a previous report
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old");
        // when a new one is published
        publisher.publish(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        // then it replaces the old one
        assertThat(target).hasContent("new");
        assertThat(listing(dir)).containsExactly("report.txt");
    }

    @Test
    void aFailingWriteKeepsThePreviousFileAndDeletesTheTemporaryOne() throws IOException {
        // given a previous report
        Path target = dir.resolve("report.txt");
        byte[] previous = "previous good report\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target, previous);
        // when a write fails halfway
        assertThatThrownBy(() -> publisher.publish(target, out -> {
            out.write("half a rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        // then the previous file is untouched and nothing else is left
        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        assertThat(listing(dir)).containsExactly("report.txt");
    }

    @Test
    void aRuntimeFailureIsPassedOnUnchanged() throws IOException {
        // given no previous file
        Path target = dir.resolve("report.txt");
        // when the content writer throws an unchecked exception
        assertThatThrownBy(() -> publisher.publish(target, out -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        // then no file at all is left
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void theTemporaryNameIsHiddenAndNamedAfterTheTarget() {
        // given a target name / when a temporary name is made / then it is hidden and ends in .tmp
        assertThat(AtomicFilePublisher.tempName("events.csv")).matches("\\.events\\.csv\\.[0-9a-f]+\\.tmp");
    }

    static java.util.List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
