package org.eventtimeline.store;

import java.util.List;

import org.eventtimeline.domain.SkippedItem;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records the input items a run skipped, with their reason, and lists them for the report. */
public class SkippedItemRepository {

    private static final String MERGE = """
            MERGE INTO skipped_item t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(512)),
                CAST(? AS INTEGER), CAST(? AS VARCHAR(1024)))) AS s(run_key, source, line, reason)
              ON t.run_key = s.run_key AND t.source = s.source AND t.line = s.line
            WHEN MATCHED THEN UPDATE SET t.reason = s.reason
            WHEN NOT MATCHED THEN INSERT VALUES (s.run_key, s.source, s.line, s.reason)
            """;

    private final JdbcTemplate jdbc;

    public SkippedItemRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String runKey, SkippedItem item) {
        String reason = item.reason().length() > 1024 ? item.reason().substring(0, 1024) : item.reason();
        jdbc.update(MERGE, runKey, item.source(), item.line(), reason);
    }

    public List<SkippedItem> findRun(String runKey) {
        return jdbc.query("SELECT source, line, reason FROM skipped_item WHERE run_key = ? ORDER BY source, line",
                (rs, n) -> new SkippedItem(rs.getString(1), rs.getInt(2), rs.getString(3)), runKey);
    }
}
