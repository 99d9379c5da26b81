package org.eventtimeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.extract.ExtractionPipelines;
import org.eventtimeline.extract.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's workload once, as CI runs it: half a megabyte of generated news through the standard pipeline. */
class BenchmarkSmokeTests {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 3, 29);

    private static List<String> paragraphs;
    private static List<EventRecord> records;

    @BeforeAll
    static void runThePipelineOnce() {
        // given: about 0.5 MB of paragraphs and the shipped pipeline
        paragraphs = CorpusGenerator.paragraphs(500_000, 42);
        Pipeline pipeline = ExtractionPipelines.standard();

        // when: each paragraph is one line of a .txt input
        records = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            records.addAll(pipeline.process(Article.ofLine("bench.txt", i + 1, REFERENCE_DATE, paragraphs.get(i))));
        }
    }

    @Test
    void everyParagraphOfNewsGivesAtMostOneRecordAndMostGiveOne() {
        // then
        assertThat(paragraphs).hasSizeGreaterThan(1_500);
        assertThat(records).hasSizeLessThanOrEqualTo(paragraphs.size()).hasSizeGreaterThan(paragraphs.size() / 2);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.evidence()).isNotBlank();
            assertThat(record.line()).isBetween(1, paragraphs.size());
        });
    }

    @Test
    void deathTollsAreFoundInTheGeneratedNews() {
        // then: the corpus is full of "N people were killed" leads
        assertThat(records).filteredOn(record -> record.casualties().killed() != null).hasSizeGreaterThan(100);
    }

    @Test
    void noRecordHasAFigureItsEvidenceDoesNotState() {
        // then: precision guard; an invented toll is worse than a missing one
        assertThat(records).allSatisfy(record -> {
            Set<Integer> stated = FiguresInText.of(record.evidence());
            Casualties c = record.casualties();
            for (Integer figure : new Integer[] {c.killed(), c.injured(), c.missing(), c.abducted(), c.arrested()}) {
                if (figure != null) {
                    assertThat(stated).as("figures stated in: %s (casualties %s)", record.evidence(), c)
                            .contains(figure);
                }
            }
        });
    }
}
