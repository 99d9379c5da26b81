package org.eventtimeline.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.domain.SkippedItem;

/** Builds the sample events, run summary and skipped items the report tests share. */
public final class ReportFixtures {

    public static final String FORMULA =
            "=HYPERLINK(\"http://x\",\"click\") said 3 people were killed in Paris";
    public static final String QUOTED_EVIDENCE = "He said, \"stay inside\"\nthen left.";
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 4, 1);

    private ReportFixtures() {
    }

    /** A day-precise attack in Gaza City with 3 killed, 0 injured; evidence with a comma, quotes and a line break. */
    public static EventRecord attack() {
        return new EventRecord("e1", DateValue.day(LocalDate.of(2025, 3, 28)), "on Friday", EventType.ATTACK,
                List.of(new Actor("Hamas", null, null, ActorKind.GROUP),
                        new Actor("Benjamin Netanyahu", "Prime Minister", "Israel", ActorKind.PERSON)),
                List.of(new Place("Gaza City", "Palestine", PlaceKind.CITY)), "Palestine",
                new Casualties(3, 0, null, null, null, "three people"), "news.txt", null, 4, QUOTED_EVIDENCE, 0.9);
    }

    /** A month-precise protest in Paris whose evidence is a formula; 3 killed, 12 arrested. */
    public static EventRecord protest() {
        return new EventRecord("e2", DateValue.month(2024, 3), "March 2024", EventType.PROTEST,
                List.of(new Actor("Hamas", null, null, ActorKind.GROUP)),
                List.of(new Place("Paris", "France", PlaceKind.CITY), new Place("Lyon", "France", PlaceKind.CITY)),
                "France", new Casualties(3, null, null, null, 12, "3 people"), "feed.jsonl", "a-17", 2, FORMULA,
                0.75);
    }

    /** An undated statement, REPORTED on the reference date, with nothing but a source and evidence. */
    public static EventRecord statement() {
        return new EventRecord("e3", DateValue.reported(REFERENCE_DATE), null, EventType.STATEMENT, List.of(),
                List.of(), null, Casualties.NONE, "news.txt", null, 9, "The ministry issued a statement.", 0.5);
    }

    /** The run that produced the three events. */
    public static RunSummary run() {
        return new RunSummary(List.of("input/news.txt", "input/feed.jsonl"), REFERENCE_DATE,
                LocalDateTime.of(2025, 4, 1, 2, 0, 0), LocalDateTime.of(2025, 4, 1, 2, 3, 30), 12, 3, 1, "0.1.0");
    }

    public static List<SkippedItem> skipped() {
        return List.of(new SkippedItem("news.txt", 7, "no event sentence"));
    }
}
