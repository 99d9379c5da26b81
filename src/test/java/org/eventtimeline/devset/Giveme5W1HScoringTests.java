package org.eventtimeline.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Giveme5W1HScoringTests {

    /** Two invented articles in the Giveme5W1H layout, and one without a publish date. */
    private static final String DATA = """
            [{"dId": "a1", "date_publish": "2016-11-11 08:42:13", "title": "Storm",
              "text": "A storm hit Springfield late Thursday.\\nThe mayor, Jane Roe, said schools would close.",
              "gold_who": [["Mayor Jane Roe", 3, ""]], "gold_where": [["in Springfield", 3, ""]],
              "gold_when": [["late Thursday", 2, "2016-11-10"]]},
             {"dId": "a2", "date_publish": "2016-11-12 00:00:00", "title": "Vote",
              "text": "Voters went to the polls on Saturday.",
              "gold_who": [["Voters", 1, ""]], "gold_where": [["Ruritania", 3, ""]],
              "gold_when": [["Saturday", 3, ""]]},
             {"dId": "a3", "date_publish": null, "title": "Undated", "text": "Something happened.",
              "gold_who": [], "gold_where": [], "gold_when": []}]
            """;

    @TempDir
    Path folder;

    @Test
    void countsPerQuestionHowOftenTheRecordsHitAGoldPhrase() throws IOException {
        // given: a fake extraction with one record per paragraph; article a1's first record gets everything right
        Path file = folder.resolve(Giveme5W1HEvaluation.FILE_NAME);
        Files.writeString(file, DATA, StandardCharsets.UTF_8);
        List<Article> seen = new ArrayList<>();
        Function<Article, List<EventRecord>> fake = article -> {
            seen.add(article);
            return article.articleId().equals("a1")
                    ? List.of(record(DateValue.day(LocalDate.of(2016, 11, 10)), "Jane Roe", "Springfield"))
                    : List.of(record(DateValue.reported(LocalDate.of(2016, 11, 12)), "Voters", "Freedonia"));
        };

        // when
        Giveme5W1HResult result = new Giveme5W1HEvaluation(fake, 2).evaluate(file);

        // then
        assertThat(result.articles()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.paragraphs()).isEqualTo(3);
        assertThat(seen.get(0).paragraphs()).hasSize(2);
        assertThat(seen.get(0).referenceDate()).isEqualTo(LocalDate.of(2016, 11, 11));
        assertThat(result.who()).isEqualTo(new Giveme5W1HResult.QuestionScore("who", 1, 1, 1));
        assertThat(result.where()).isEqualTo(new Giveme5W1HResult.QuestionScore("where", 2, 1, 1));
        assertThat(result.when()).isEqualTo(new Giveme5W1HResult.QuestionScore("when", 2, 1, 2));
        assertThat(result.report()).contains("where           2      1        1      0.500      0.500");
    }

    private static EventRecord record(DateValue date, String actor, String place) {
        return new EventRecord("e", date, "", EventType.OTHER,
                List.of(new Actor(actor, null, null, ActorKind.PERSON)),
                List.of(new Place(place, null, PlaceKind.CITY)), null, Casualties.NONE, "giveme5w1h", null, 1, "",
                0.5);
    }
}
