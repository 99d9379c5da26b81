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
    private final long sortBudgetBytes;

    public CumulativeEventRepository(JdbcTemplate jdbc, SortSpace sortSpace) {
        this(jdbc, sortSpace, StagedEventRepository.SORT_BUDGET_BYTES);
    }

    /** A repository whose passes sort with a memory budget of {@code sortBudgetBytes} each (tests use small ones). */
    CumulativeEventRepository(JdbcTemplate jdbc, SortSpace sortSpace, long sortBudgetBytes) {
        this.dataSource = jdbc.getDataSource();
        this.sortSpace = sortSpace;
        this.sortBudgetBytes = sortBudgetBytes;
    }

    /** A pass on a connection of its own, outside the caller's transaction; close it when done. */
    public CumulativePass open() {
        return new CumulativePass(OwnConnection.borrow(dataSource), sortSpace, sortBudgetBytes);
    }
}
