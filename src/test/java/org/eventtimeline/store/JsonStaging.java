package org.eventtimeline.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a staging table of byte payloads and turns it into one of before: the same rows, each payload the JSON text
 * {@link EventJson} wrote, in a text column. Tests make data directories of before with it.
 */
public final class JsonStaging {

    private JsonStaging() {
    }

    /** Rewrites every staged row's payload as JSON text in a text payload column. */
    public static void revert(JdbcTemplate jdbc) {
        jdbc.execute("ALTER TABLE staged_event ADD COLUMN json VARCHAR(16000000)");
        List<Object[]> rows = jdbc.query("SELECT run_key, source, line, seq, payload FROM staged_event",
                (rs, n) -> new Object[] {EventJson.write(EventRecordCodec.fromBytes(rs.getBytes(5))),
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)});
        jdbc.batchUpdate("UPDATE staged_event SET json = ? WHERE run_key = ? AND source = ? AND line = ? AND seq = ?",
                rows);
        jdbc.execute("ALTER TABLE staged_event DROP COLUMN payload");
        jdbc.execute("ALTER TABLE staged_event ALTER COLUMN json RENAME TO payload");
        jdbc.execute("ALTER TABLE staged_event ALTER COLUMN payload SET NOT NULL");
    }

    /** The payload column's type as INFORMATION_SCHEMA names it: {@code VARBINARY} or {@code CHARACTER VARYING}. */
    public static String payloadType(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_NAME = 'STAGED_EVENT' AND COLUMN_NAME = 'PAYLOAD'", String.class);
    }
}
