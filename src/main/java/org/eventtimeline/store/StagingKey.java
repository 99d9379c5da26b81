package org.eventtimeline.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the primary key of {@code staged_event} and moves a data directory of before from the event id key
 * {@code (run_key, event_id)} to the input order key {@code (run_key, source, line, seq)} of the schema script. Its
 * rows fit the new key: a run's records of one line came in one chunk, whose index told them apart.
 */
final class StagingKey {

    private static final String KEY_HOLDS_EVENT_ID = """
            SELECT COUNT(*) FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
                ON c.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
            WHERE c.CONSTRAINT_TYPE = 'PRIMARY KEY' AND k.TABLE_NAME = 'STAGED_EVENT' AND k.COLUMN_NAME = 'EVENT_ID'
            """;

    private StagingKey() {
    }

    /** Changes the key when it is the event id one; does nothing otherwise. Returns whether it changed it. */
    static boolean upgrade(JdbcTemplate jdbc) {
        Integer old = jdbc.queryForObject(KEY_HOLDS_EVENT_ID, Integer.class);
        if (old == null || old == 0) {
            return false;
        }
        jdbc.execute("ALTER TABLE staged_event DROP PRIMARY KEY");
        jdbc.execute("ALTER TABLE staged_event ADD PRIMARY KEY (run_key, source, line, seq)");
        return true;
    }
}
