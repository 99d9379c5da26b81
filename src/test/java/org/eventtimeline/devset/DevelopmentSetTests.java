package org.eventtimeline.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.DatePrecision;
import org.eventtimeline.domain.EventType;
import org.junit.jupiter.api.Test;

class DevelopmentSetTests {

    private static final Path SEED = Path.of("seeds", "000_d3e7b42f5988b516.txt");
    private static final List<ScoredField> CASUALTY_FIELDS = List.of(ScoredField.KILLED, ScoredField.INJURED,
            ScoredField.MISSING, ScoredField.ABDUCTED, ScoredField.ARRESTED);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("both", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));

    private final List<DevelopmentEntry> entries = DevelopmentSet.load();

    @Test
    void loadsAtLeast65EntriesWithUniqueIds() {
        // given the development set on the class path (loaded above)

        // when
        Set<String> ids = new HashSet<>();
        entries.forEach(entry -> ids.add(entry.id()));

        // then
        assertThat(entries).hasSizeGreaterThanOrEqualTo(65);
        assertThat(ids).hasSize(entries.size());
        assertThat(entries.get(0).id()).isEqualTo("seed-01");
        assertThat(entries).filteredOn(entry -> !entry.expected().recordExpected()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void holdsAllTwentySeedLinesVerbatimWithTheProductOwnersExpectations() throws IOException {
        // given
        List<String> seedLines = Files.readAllLines(SEED, StandardCharsets.UTF_8);

        // when
        List<String> seedTexts = entries.stream().filter(entry -> entry.id().startsWith("seed-"))
                .map(DevelopmentEntry::text).toList();

        // then
        assertThat(seedLines).hasSize(20);
        assertThat(seedTexts).containsExactlyElementsOf(seedLines);
        Expected fire = entry("seed-17").expected();
        assertThat(fire.gold(ScoredField.INJURED)).contains(GoldValue.of("100"));
        assertThat(fire.gold(ScoredField.KILLED)).contains(GoldValue.EMPTY);
        assertThat(fire.gold(ScoredField.LOCATION)).contains(GoldValue.of("Putra Heights"));
        assertThat(entry("seed-18").expected().gold(ScoredField.EVENT_DATE)).contains(GoldValue.of("2025-03-25"));
        assertThat(entry("seed-13").expected().gold(ScoredField.ABDUCTED)).contains(GoldValue.of("13"));
        assertThat(entry("seed-04").expected().recordExpected()).isFalse();
    }

    @Test
    void everyExpectedCasualtyNumberIsWrittenInItsText() {
        // given: numbers in the text as digits or words, and differences such as "six shot, one fatally" -> 5
        for (DevelopmentEntry entry : entries) {
            Set<Integer> written = numbersIn(entry.text());

            // when
            for (ScoredField field : CASUALTY_FIELDS) {
                GoldValue gold = entry.expected().gold(field).orElse(GoldValue.EMPTY);

                // then
                if (!gold.mustBeEmpty()) {
                    assertThat(written).as("%s %s", entry.id(), field).contains(Integer.valueOf(gold.first()));
                }
            }
        }
    }

    @Test
    void datesTypesAndPrecisionsAreWellFormed() {
        for (DevelopmentEntry entry : entries) {
            // given
            Expected expected = entry.expected();

            // when
            String date = expected.gold(ScoredField.EVENT_DATE).map(GoldValue::first).orElse(null);
            String precision = expected.gold(ScoredField.DATE_PRECISION).map(GoldValue::first).orElse(null);
            String type = expected.gold(ScoredField.EVENT_TYPE).map(GoldValue::first).orElse(null);

            // then
            if (type != null) {
                assertThat(EventType.valueOf(type)).as(entry.id()).isNotNull();
            }
            if (precision != null) {
                assertThat(date).as(entry.id()).matches(switch (DatePrecision.valueOf(precision)) {
                    case DAY, REPORTED -> "\\d{4}-\\d{2}-\\d{2}";
                    case MONTH -> "\\d{4}-\\d{2}";
                    case YEAR -> "\\d{4}";
                });
            }
            if ("REPORTED".equals(precision)) {
                assertThat(date).as(entry.id()).isEqualTo(entry.referenceDate().toString());
            }
        }
    }

    private DevelopmentEntry entry(String id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<Integer> numbersIn(String text) {
        Set<Integer> numbers = new HashSet<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            numbers.add(Integer.valueOf(digits.group().replace(",", "")));
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            Integer value = NUMBER_WORDS.get(word.group().toLowerCase(Locale.ROOT));
            if (value != null) {
                numbers.add(value);
            }
        }
        Set<Integer> withDifferences = new HashSet<>(numbers);
        for (int larger : numbers) {
            for (int smaller : numbers) {
                if (larger > smaller) {
                    withDifferences.add(larger - smaller);
                }
            }
        }
        return withDifferences;
    }
}
