package org.eventtimeline.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Opens a data directory's HSQLDB file after the job's processes ended and reads its staging table. */
final class StagingDatabase {

    private StagingDatabase() {
    }

    /** Row count and distinct event id count of staged_event, as {rows, distinct}. */
    static long[] rowsAndDistinctIds(Path dataDir) throws SQLException {
        try (Connection c = open(dataDir); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT event_id) FROM staged_event")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** The staged event ids, sorted. */
    static List<String> eventIds(Path dataDir) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = open(dataDir); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id FROM staged_event ORDER BY event_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** How many step executions the data directory's job repository holds whose name starts with a prefix. */
    static long stepExecutions(Path dataDir, String namePrefix) throws SQLException {
        return stepExecutions(dataDir, namePrefix, "%");
    }

    /** How many step executions with a name prefix and a status (a LIKE pattern) the job repository holds. */
    static long stepExecutions(Path dataDir, String namePrefix, String status) throws SQLException {
        try (Connection c = open(dataDir);
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ? AND STATUS LIKE ?")) {
            s.setString(1, namePrefix + "%");
            s.setString(2, status);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:file:" + dataDir.resolve("timeline")
                + ";shutdown=true;ifexists=true", "SA", "");
    }
}
