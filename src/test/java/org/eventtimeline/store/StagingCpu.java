package org.eventtimeline.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.domain.Casualties;
import org.eventtimeline.domain.DateValue;
import org.eventtimeline.domain.EventRecord;
import org.eventtimeline.domain.EventType;
import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;
import org.eventtimeline.report.EventMerger;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Reads a record count and a number of rounds and produces the thread CPU of each store phase per round: staging
 * the records in committed chunks of 100 into a file database set up like the job's, reading the run back in report
 * order, and keying all runs for the cumulative merge. Public API only, so that it runs on older versions too.
 * <p>
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.eventtimeline.store.StagingCpu 40000 5}
 */
public final class StagingCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StagingCpu() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<EventRecord> events = new ArrayList<>(records);
        Random random = new Random(42);
        for (int i = 0; i < records; i++) {
            events.add(event(random, i / 3 + 1));
        }
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("staging-cpu");
            String url = "jdbc:hsqldb:file:" + dir.resolve("timeline") + ";shutdown=true;hsqldb.tx=mvcc;"
                    + "hsqldb.write_delay=false;hsqldb.lock_file=true";
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "SA", "", true);
            new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            SortSpace sortSpace = new SortSpace(dir.resolve("sort"));
            StagedEventRepository repository = new StagedEventRepository(jdbc, sortSpace);

            long cpu = THREADS.getCurrentThreadCpuTime();
            for (int from = 0; from < records; from += 100) {
                repository.stage("run-cpu", events.subList(from, Math.min(from + 100, records)));
                connection.commit();
            }
            long staged = THREADS.getCurrentThreadCpuTime();
            long read = 0;
            for (EventRecord event : repository.streamRun("run-cpu")) {
                read += event.line();
            }
            long reported = THREADS.getCurrentThreadCpuTime();
            connection.commit();
            long keyed;
            try (CumulativePass pass = new CumulativeEventRepository(jdbc, sortSpace).open()) {
                keyed = pass.keyStagedEvents(EventMerger::groupKey);
                long[] count = {0};
                pass.forEachByKey((key, event, run) -> count[0]++);
                keyed += count[0];
            }
            long cumulative = THREADS.getCurrentThreadCpuTime();
            System.out.printf("round %d  stage %6.0f ms  read %6.0f ms  cumulative key %6.0f ms  (%d %d)  db %d KB%n",
                    round, (staged - cpu) / 1e6, (reported - staged) / 1e6, (cumulative - reported) / 1e6, read,
                    keyed, Files.size(dir.resolve("timeline.data")) >> 10);
            connection.createStatement().execute("SHUTDOWN");
            dataSource.destroy();
        }
    }

    private static EventRecord event(Random random, int line) {
        String id = String.format("%016x", random.nextLong());
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        return new EventRecord(id, DateValue.day(day), "on " + day, EventType.values()[random.nextInt(6)],
                List.of(new Actor("Joseph Jensen", "Prime Minister", "Niger", ActorKind.PERSON),
                        new Actor("Boko Haram", null, null, ActorKind.GROUP)),
                List.of(new Place("Niamey", "Niger", PlaceKind.CITY)), "Niger",
                new Casualties(random.nextInt(300), null, null, null, null, "at least 211 people"),
                "corpus-10mb-seed42.txt", null, line,
                "NATO said last month that at least " + random.nextInt(300)
                        + " people had fled the fighting in Niger since January 2008, officials said on Tuesday, "
                        + "as Boko Haram fighters attacked the town of Diffa near the border with Nigeria.",
                0.9);
    }
}
