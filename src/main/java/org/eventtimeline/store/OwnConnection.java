package org.eventtimeline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Borrows a connection of its own from the pool, outside any Spring-managed transaction, for a pass over many
 * rows: no auto-commit, cursors held over commits, and results of more than {@value #RESULT_MEMORY_ROWS} rows kept
 * on disk. The caller commits after each batch it writes. HSQLDB's MVCC keeps an in-heap row action for every row a
 * transaction changes until that transaction ends (and until every transaction open at its commit ends), so one
 * transaction around a whole pass grows the heap with the number of rows; short committed batches on a session no
 * other open transaction overlaps keep it flat.
 */
public final class OwnConnection implements AutoCloseable {

    /** Result rows HSQLDB keeps in memory before it spills the rest of a result to disk (file databases). */
    static final int RESULT_MEMORY_ROWS = 10_000;

    private final Connection connection;
    private final JdbcTemplate jdbc;

    private OwnConnection(Connection connection) {
        this.connection = connection;
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    /** Borrows a connection from {@code dataSource} and prepares it for a long pass. */
    public static OwnConnection borrow(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT);
            OwnConnection own = new OwnConnection(connection);
            spillLargeResults(own.jdbc);
            own.commit();
            return own;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot borrow a connection", e);
        }
    }

    /** Makes the session behind {@code jdbc} keep results of more than {@value #RESULT_MEMORY_ROWS} rows on disk. */
    private static void spillLargeResults(JdbcTemplate jdbc) {
        jdbc.execute("SET SESSION RESULT MEMORY ROWS " + RESULT_MEMORY_ROWS);
    }

    /** Statements on this connection only. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Commits what was written since the last commit. */
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot commit", e);
        }
    }

    /** Rolls back anything not committed and gives the connection back to the pool. */
    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the connection", e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
