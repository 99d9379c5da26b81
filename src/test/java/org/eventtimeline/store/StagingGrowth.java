package org.eventtimeline.store;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Reads a row count and produces the staging cost per 1,000 rows as the staging table grows: stages synthetic
 * events (random 16-hex ids, realistic payloads) in committed chunks of 100 into a file database set up like the
 * job's, and prints the thread-CPU and wall milliseconds per 1,000 rows for each slice of the run.
 * <p>
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.eventtimeline.store.StagingGrowth 2000000 [dir]}
 */
public final class StagingGrowth {

    private StagingGrowth() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("staging-growth");
        String url = "jdbc:hsqldb:file:" + dir.resolve("timeline") + ";shutdown=true;hsqldb.tx=mvcc;"
                + "hsqldb.write_delay=false;hsqldb.lock_file=true";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "SA", "", true);
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        StagedEventRepository repository = new StagedEventRepository(new JdbcTemplate(dataSource));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Random random = new Random(42);
        int slice = Math.max(rows / 10, 1000);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int line = 0;
        for (int done = 0; done < rows; ) {
            List<EventRecord> chunk = new ArrayList<>(100);
            for (int i = 0; i < 100; i++) {
                chunk.add(event(random, ++line));
            }
            repository.stage("run-growth-0001", chunk);
            connection.commit();
            done += chunk.size();
            if (done % slice == 0) {
                long cpuNow = threads.getCurrentThreadCpuTime();
                long wallNow = System.nanoTime();
                System.gc();
                System.out.printf("rows %,10d  cpu %6.1f ms/1000  wall %6.1f ms/1000  heap after GC %d MB%n", done,
                        (cpuNow - cpu) / 1e6 / (slice / 1000.0), (wallNow - wall) / 1e6 / (slice / 1000.0),
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
                cpu = cpuNow;
                wall = wallNow;
            }
        }
        connection.createStatement().execute("SHUTDOWN");
    }

    private static EventRecord event(Random random, int line) {
        String id = String.format("%016x", random.nextLong());
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        return new EventRecord(id, DateValue.day(day), "on " + day, EventType.ATTACK,
                List.of(new Actor("Joseph Jensen", "Prime Minister", "Niger", ActorKind.PERSON)),
                List.of(new Place("Niamey", "Niger", PlaceKind.CITY)), "Niger",
                new Casualties(random.nextInt(300), null, null, null, null, "at least 211 people"),
                "corpus-1000mb-seed42.txt", null, line,
                "NATO said last month that at least " + random.nextInt(300)
                        + " people had fled the fighting in Niger since January 2008, officials said on Tuesday.",
                0.9);
    }
}
