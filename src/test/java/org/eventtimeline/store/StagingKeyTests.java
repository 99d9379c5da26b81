package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class StagingKeyTests {

    private static final String PRIMARY_KEY = """
            SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
                ON c.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
            WHERE c.CONSTRAINT_TYPE = 'PRIMARY KEY' AND k.TABLE_NAME = 'STAGED_EVENT' ORDER BY k.ORDINAL_POSITION
            """;

    private final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:hsqldb:mem:key-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @Test
    void aDataDirectoryOfBeforeMovesToTheInputOrderKeyAndKeepsItsRows() {
        // given a staging table of before, keyed by run and event id, holding two runs' rows
        jdbc.execute("""
                CREATE CACHED TABLE staged_event (run_key VARCHAR(64) NOT NULL, event_id VARCHAR(32) NOT NULL,
                    sort_undated INTEGER NOT NULL, event_start DATE NOT NULL, date_rank INTEGER NOT NULL,
                    source VARCHAR(512) NOT NULL, line INTEGER NOT NULL, seq INTEGER NOT NULL,
                    payload VARCHAR(16000000) NOT NULL, PRIMARY KEY (run_key, event_id))""");
        for (String run : List.of("run-1", "run-2")) {
            for (int i = 0; i < 3; i++) {
                jdbc.update("INSERT INTO staged_event VALUES (?, ?, 0, DATE '2025-03-01', 0, 'a.jsonl', 7, ?, '{}')",
                        run, "e" + i, i);
            }
        }
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);

        // when the key is upgraded, twice (every start does it)
        boolean first = StagingKey.upgrade(jdbc);
        boolean second = StagingKey.upgrade(jdbc);

        // then the first changed it to the input order key, the second found nothing to do, and no row was lost
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(jdbc.queryForList(PRIMARY_KEY, String.class)).containsExactly("RUN_KEY", "SOURCE", "LINE", "SEQ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staged_event", Integer.class)).isEqualTo(6);
    }

    @Test
    void aNewDataDirectoryHasTheInputOrderKeyAlready() {
        // given a data directory the schema script created
        new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource);

        // when the key is upgraded
        boolean changed = StagingKey.upgrade(jdbc);

        // then nothing changed
        assertThat(changed).isFalse();
        assertThat(jdbc.queryForList(PRIMARY_KEY, String.class)).containsExactly("RUN_KEY", "SOURCE", "LINE", "SEQ");
    }
}
