package org.eventtimeline.store;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opens passes over the staged events of all runs for the cumulative report ({@link CumulativePass}), each on a
 * connection of its own borrowed from the data source the template uses.
 */
public class CumulativeEventRepository {

    private final DataSource dataSource;
    private final SortSpace sortSpace;

    public CumulativeEventRepository(JdbcTemplate jdbc, SortSpace sortSpace) {
        this.dataSource = jdbc.getDataSource();
        this.sortSpace = sortSpace;
    }

    /** A pass on a connection of its own, outside the caller's transaction; close it when done. */
    public CumulativePass open() {
        return new CumulativePass(OwnConnection.borrow(dataSource), sortSpace);
    }
}
