package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventtimeline.domain.EventRecord;
import org.junit.jupiter.api.Test;

class EventOrderTests {

    @Test
    void datedEventsComeByDateAndReportedOnesLast() {
        // given events out of order: a REPORTED one first
        List<EventRecord> events = new ArrayList<>(List.of(ReportFixtures.statement(), ReportFixtures.attack(),
                ReportFixtures.protest()));
        // when sorted in report order
        events.sort(EventOrder.REPORT_ORDER);
        // then March 2024, then 2025-03-28, then the undated one
        assertThat(events).extracting(EventRecord::eventId).containsExactly("e2", "e1", "e3");
    }
}
