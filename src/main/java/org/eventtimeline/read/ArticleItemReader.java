package org.eventtimeline.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import org.eventtimeline.domain.Article;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads input files, or line-aligned ranges of them, in order and produces one article per non-blank line: a
 * paragraph of a text file, or a parsed JSON Lines article, cited by file name and its line number in the whole
 * file. Restartable: the item count saved at each commit tells where to resume.
 */
public class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<Article> {

    private final List<InputRange> ranges;
    private final LocalDate referenceDate;
    private final JsonArticleParser jsonParser = new JsonArticleParser();
    private LongConsumer charsListener = chars -> { };
    private int rangeIndex;
    private LineSource lines;
    private int linesWithReplacements;
    private long charsOfClosedRanges;

    /** Reads whole files. */
    public ArticleItemReader(List<InputFile> files, LocalDate referenceDate) {
        this(referenceDate, files.stream().map(InputRange::whole).toList());
    }

    /** Reads one range of a file: one partition's input. */
    public ArticleItemReader(InputRange range, LocalDate referenceDate) {
        this(referenceDate, List.of(range));
    }

    private ArticleItemReader(LocalDate referenceDate, List<InputRange> ranges) {
        this.ranges = List.copyOf(ranges);
        this.referenceDate = referenceDate;
        setName("articleReader");
    }

    /** Tells a listener how many characters each line read held (line break counted as one), e.g. for progress. */
    public void setCharsListener(LongConsumer charsListener) {
        this.charsListener = charsListener;
    }

    @Override
    protected void doOpen() throws Exception {
        rangeIndex = 0;
        lines = ranges.isEmpty() ? null : new LineSource(ranges.get(0));
    }

    @Override
    protected Article doRead() throws Exception {
        while (lines != null) {
            String line = lines.next();
            if (line == null) {
                nextRange();
                continue;
            }
            charsListener.accept(line.length() + 1L);
            if (line.isBlank()) {
                continue;
            }
            InputFile file = ranges.get(rangeIndex).file();
            return switch (file.format()) {
                case TEXT -> Article.ofLine(file.name(), lines.lineNumber(), referenceDate, line.strip());
                case JSON_LINES -> jsonParser.parse(file.name(), lines.lineNumber(), line, referenceDate);
            };
        }
        return null;
    }

    /** On restart, passes over the items already read, malformed ones included (they were counted as read). */
    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        for (int i = 0; i < itemIndex; i++) {
            try {
                doRead();
            } catch (MalformedArticleException alreadySkipped) {
                // skipped and listed by the run that read it first
            }
        }
    }

    private void nextRange() throws IOException {
        linesWithReplacements += lines.linesWithReplacements();
        charsOfClosedRanges += lines.charsRead();
        lines.close();
        rangeIndex++;
        lines = rangeIndex < ranges.size() ? new LineSource(ranges.get(rangeIndex)) : null;
    }

    /** Lines read so far that held invalid UTF-8, kept with replacement characters. */
    public int linesWithReplacements() {
        return linesWithReplacements + (lines == null ? 0 : lines.linesWithReplacements());
    }

    /** Characters read so far in this process, over all files. */
    public long charsRead() {
        return charsOfClosedRanges + (lines == null ? 0 : lines.charsRead());
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
