package org.eventtimeline.devset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.Article;
import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.Paragraph;
import org.eventtimeline.domain.Place;

/**
 * Opt-in evaluation on real news: reads the third-party Giveme5W1H gold standard from {@code devdata.dir}
 * (default {@code ../shared/devdata}; never copied into the project), runs an extraction over each article and
 * reports, per question (who, where, when), how often the article's records hold a value matching a gold phrase.
 */
public final class Giveme5W1HEvaluation {

    public static final String FILE_NAME = "giveme5w1h-gold96.json";
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<Article, List<EventRecord>> extraction;
    private final int minAgreement;

    /** Scores against gold phrases with coder agreement of at least {@code minAgreement} (1-3). */
    public Giveme5W1HEvaluation(Function<Article, List<EventRecord>> extraction, int minAgreement) {
        this.extraction = extraction;
        this.minAgreement = minAgreement;
    }

    public Giveme5W1HEvaluation(Function<Article, List<EventRecord>> extraction) {
        this(extraction, 2);
    }

    /** The data file: system property {@code devdata.dir}, default {@code ../shared/devdata}. */
    public static Path dataFile() {
        return Path.of(System.getProperty("devdata.dir", "../shared/devdata"), FILE_NAME);
    }

    public static boolean dataAvailable() {
        return Files.isReadable(dataFile());
    }

    public Giveme5W1HResult evaluate() {
        return evaluate(dataFile());
    }

    public Giveme5W1HResult evaluate(Path file) {
        JsonNode articles;
        try {
            articles = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Giveme5W1HResult.Builder result = new Giveme5W1HResult.Builder();
        for (JsonNode item : articles) {
            Optional<Article> article = article(item);
            if (article.isEmpty()) {
                result.skipped();
                continue;
            }
            List<EventRecord> records;
            try {
                records = extraction.apply(article.get());
            } catch (RuntimeException e) {
                result.failed(article.get().articleId(), e);
                continue;
            }
            result.evaluated(records.size(), article.get().paragraphs().size());
            score(result.who, phrases(item, "gold_who"), whoValues(records));
            score(result.where, phrases(item, "gold_where"), whereValues(records));
            scoreWhen(result.when, phrases(item, "gold_when"), records, article.get().referenceDate());
        }
        return result.build();
    }

    /** The article as the job would read it from JSON Lines: paragraphs split at line breaks. */
    static Optional<Article> article(JsonNode item) {
        String published = item.path("date_publish").asText("");
        String text = item.path("text").asText("");
        if (published.length() < 10 || text.isBlank()) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String part : LINE_BREAKS.split(text.strip())) {
            if (!part.isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), paragraphs.size() + 1, part.strip()));
            }
        }
        return Optional.of(new Article("giveme5w1h", item.path("dId").asText(), 1,
                LocalDate.parse(published.substring(0, 10)), item.path("title").asText(null), paragraphs));
    }

    private List<String> phrases(JsonNode item, String question) {
        List<String> phrases = new ArrayList<>();
        for (JsonNode gold : item.path(question)) {
            String phrase = gold.path(0).asText("");
            if (!phrase.isBlank() && gold.path(1).asInt(0) >= minAgreement) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    private static List<String> whoValues(List<EventRecord> records) {
        List<String> values = new ArrayList<>();
        for (EventRecord record : records) {
            for (Actor actor : record.actors()) {
                values.add(actor.role() == null ? actor.name() : actor.role() + " " + actor.name());
            }
        }
        return values;
    }

    private static List<String> whereValues(List<EventRecord> records) {
        List<String> values = new ArrayList<>();
        for (EventRecord record : records) {
            record.locations().stream().map(Place::name).forEach(values::add);
            if (record.country() != null) {
                values.add(record.country());
            }
        }
        return values;
    }

    private static void score(Giveme5W1HResult.Tally tally, List<String> phrases, List<String> values) {
        if (phrases.isEmpty()) {
            return;
        }
        tally.add(anyMatch(values, phrases, GoldPhraseMatcher::contains),
                anyMatch(values, phrases, GoldPhraseMatcher::overlaps));
    }

    private static void scoreWhen(Giveme5W1HResult.Tally tally, List<String> phrases, List<EventRecord> records,
                                  LocalDate published) {
        List<DateValue> golds = phrases.stream().map(phrase -> LooseDateResolver.resolve(phrase, published))
                .flatMap(Optional::stream).toList();
        if (golds.isEmpty()) {
            return;
        }
        boolean any = false;
        boolean extracted = false;
        for (EventRecord record : records) {
            DateValue date = record.date();
            if (date != null && golds.stream().anyMatch(gold -> LooseDateResolver.agree(date, gold))) {
                any = true;
                extracted |= date.precision() != DatePrecision.REPORTED;
            }
        }
        tally.add(extracted, any);
    }

    private static boolean anyMatch(List<String> values, List<String> phrases, BiPredicate<String, String> match) {
        return values.stream().filter(v -> v != null && !v.isBlank())
                .anyMatch(value -> phrases.stream().anyMatch(phrase -> match.test(value, phrase)));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Giveme5W1HEvaluation[minAgreement=%d]", minAgreement);
    }
}
