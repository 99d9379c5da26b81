package org.eventtimeline.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.domain.Article;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the input files in order and produces one article per non-blank line: a paragraph of a text file, or a
 * parsed JSON Lines article. Restartable: the item count saved at each commit tells where to resume.
 */
public class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<Article> {

    private final List<InputFile> files;
    private final LocalDate referenceDate;
    private final JsonArticleParser jsonParser = new JsonArticleParser();
    private int fileIndex;
    private LineSource lines;
    private int linesWithReplacements;
    private long charsOfClosedFiles;

    public ArticleItemReader(List<InputFile> files, LocalDate referenceDate) {
        this.files = List.copyOf(files);
        this.referenceDate = referenceDate;
        setName("articleReader");
    }

    @Override
    protected void doOpen() throws Exception {
        fileIndex = 0;
        lines = files.isEmpty() ? null : new LineSource(files.get(0).path());
    }

    @Override
    protected Article doRead() throws Exception {
        while (lines != null) {
            String line = lines.next();
            if (line == null) {
                nextFile();
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            InputFile file = files.get(fileIndex);
            return switch (file.format()) {
                case TEXT -> Article.ofLine(file.name(), lines.lineNumber(), referenceDate, line.strip());
                case JSON_LINES -> jsonParser.parse(file.name(), lines.lineNumber(), line, referenceDate);
            };
        }
        return null;
    }

    private void nextFile() throws IOException {
        linesWithReplacements += lines.linesWithReplacements();
        charsOfClosedFiles += lines.charsRead();
        lines.close();
        fileIndex++;
        lines = fileIndex < files.size() ? new LineSource(files.get(fileIndex).path()) : null;
    }

    /** Lines read so far that held invalid UTF-8, kept with replacement characters. */
    public int linesWithReplacements() {
        return linesWithReplacements + (lines == null ? 0 : lines.linesWithReplacements());
    }

    /** Characters read so far in this process, over all files. */
    public long charsRead() {
        return charsOfClosedFiles + (lines == null ? 0 : lines.charsRead());
    }

    @Override
    protected void doClose() throws Exception {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines = null;
        }
    }
}
