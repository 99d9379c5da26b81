package org.eventtimeline.store;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the type of {@code staged_event.payload} and moves a data directory of before from JSON text payloads
 * ({@link EventJson}) to the bytes of {@link EventRecordCodec} the schema script declares: it adds a bytes column,
 * fills it page by page from each row's JSON, committing each page, then puts it in the payload's place. Each step
 * can be taken again, so a start that stopped half way finishes the move on the next start.
 */
final class StagingPayload {

    private static final Logger LOG = LoggerFactory.getLogger(StagingPayload.class);

    private static final String COLUMN_TYPE = """
            SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS
            WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'STAGED_EVENT' AND COLUMN_NAME = ?
            """;
    private static final String NEW_COLUMN = "PAYLOAD_BYTES";
    private static final KeyPages JSON_PAGES = new KeyPages("payload");
    private static final String FILL = """
            UPDATE staged_event SET payload_bytes = ? WHERE run_key = ? AND source = ? AND line = ? AND seq = ?
            """;

    private StagingPayload() {
    }

    /** Moves JSON payloads to bytes when the payload column holds text; does nothing otherwise. Returns whether. */
    static boolean upgrade(JdbcTemplate jdbc) {
        String payload = columnType(jdbc, "PAYLOAD");
        String bytes = columnType(jdbc, NEW_COLUMN);
        boolean json = payload != null && payload.startsWith("CHARACTER");
        if (!json && bytes == null) {
            return false;
        }
        long start = System.nanoTime();
        try (OwnConnection connection = OwnConnection.borrow(jdbc.getDataSource())) {
            JdbcTemplate own = connection.jdbc();
            if (json) {
                LOG.info("Moving the staged events of earlier runs from JSON text to bytes (once per data directory)");
                if (bytes == null) {
                    own.execute("ALTER TABLE staged_event ADD COLUMN payload_bytes VARBINARY(16000000)");
                }
                long rows = fill(connection);
                LOG.info("Staged events of earlier runs: {} JSON payloads converted to bytes", rows);
                own.execute("ALTER TABLE staged_event DROP COLUMN payload");
            }
            own.execute("ALTER TABLE staged_event ALTER COLUMN payload_bytes RENAME TO payload");
            own.execute("ALTER TABLE staged_event ALTER COLUMN payload SET NOT NULL");
            connection.commit();
        }
        LOG.info("Staged events of earlier runs moved to byte payloads in {} ms",
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Writes every row's JSON payload as bytes to the new column, a committed page at a time. */
    private static long fill(OwnConnection connection) {
        JdbcTemplate jdbc = connection.jdbc();
        List<Object[]> page = new ArrayList<>(KeyPages.PAGE);
        long[] rows = {0};
        JSON_PAGES.forEachOfAllRuns(jdbc, (runKey, source, line, seq, rs) -> new Object[] {
                EventRecordCodec.bytes(EventJson.read(rs.getString(3))), runKey, source, line, seq}, row -> {
                    page.add(row);
                    if (page.size() == KeyPages.PAGE) {
                        rows[0] += write(connection, page);
                    }
                });
        rows[0] += write(connection, page);
        return rows[0];
    }

    private static int write(OwnConnection connection, List<Object[]> page) {
        if (!page.isEmpty()) {
            connection.jdbc().batchUpdate(FILL, page);
            connection.commit();
        }
        int written = page.size();
        page.clear();
        return written;
    }

    private static String columnType(JdbcTemplate jdbc, String column) {
        List<String> types = jdbc.queryForList(COLUMN_TYPE, String.class, column);
        return types.isEmpty() ? null : types.get(0);
    }
}
