package org.eventtimeline.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.junit.jupiter.api.Test;

class EventCsvRowTests {

    @Test
    void guardsTextCellsButNeverNumbers() {
        // given an event with a negative figure and text cells starting with formula characters
        EventRecord event = new EventRecord("-1", DateValue.year(2023).withEnd(LocalDate.of(2024, 6, 30)), "+2023",
                EventType.OTHER, List.of(new Actor("@someone", null, null, ActorKind.PERSON)), List.of(), "=FR",
                new Casualties(-3, null, null, null, null, "-three"), "src", "@id", 1, "-dash", 0.123);
        // when mapped to a row
        String[] row = EventCsvRow.of(event);
        // then text cells are quoted with ' and the number stays a number
        assertThat(row).containsExactly("'-1", "2023", "2024", "YEAR", "'+2023", "OTHER", "'@someone", "", "'=FR",
                "-3", "", "", "", "'-three", "src", "'@id", "1", "'-dash", "0.12", "");
    }
}
