package org.eventtimeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class KeysetReaderTests {

    private JdbcTemplate jdbc;

    @BeforeEach
    void tableWithAnIndexOverTiedColumns() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:hsqldb:mem:keyset-" + UUID.randomUUID(), "SA", ""));
        jdbc.execute("CREATE CACHED TABLE t (grp VARCHAR(8) NOT NULL, day DATE NOT NULL, n INTEGER NOT NULL,"
                + " id VARCHAR(8) NOT NULL, body VARCHAR(100) NOT NULL)");
        jdbc.execute("CREATE INDEX t_order ON t (grp, day, n, id)");
    }

    private void insert(String grp, String day, int n, String id) {
        jdbc.update("INSERT INTO t VALUES (?, CAST(? AS DATE), ?, ?, ?)", grp, day, n, id, "body of " + id);
    }

    private KeysetReader reader(int pageSize) {
        return new KeysetReader(jdbc, "SELECT day, n, id, body FROM t", "grp = ?", List.of("grp"),
                List.of(new KeysetReader.Key("day", "DATE"), new KeysetReader.Key("n", "INTEGER"),
                        new KeysetReader.Key("id", "VARCHAR(8)")), pageSize);
    }

    @Test
    void readsEveryRowOfTheFixedGroupInIndexOrderAcrossPagesAndTies() {
        // given rows inserted out of order, ties on the first key columns, and rows of another group
        insert("a", "2025-03-02", 1, "e5");
        insert("a", "2025-03-01", 2, "e3");
        insert("b", "2025-03-01", 1, "x1");
        insert("a", "2025-03-01", 1, "e2");
        insert("a", "2025-03-01", 1, "e1");
        insert("a", "2025-03-02", 1, "e4");
        insert("a", "2025-03-03", 0, "e6");

        // when read two rows a page
        List<String> bodies;
        try (Stream<String> rows = reader(2).stream((rs, n) -> rs.getString(4), "a")) {
            bodies = rows.toList();
        }

        // then group a comes whole, in (day, n, id) order, and nothing of group b
        assertThat(bodies).containsExactly("body of e1", "body of e2", "body of e3", "body of e4", "body of e5",
                "body of e6");
    }

    @Test
    void aPageAsLargeAsTheGroupAndAPageOfOneGiveTheSameRows() {
        // given five rows sharing one day
        for (int i = 5; i >= 1; i--) {
            insert("a", "2025-03-01", i % 2, "e" + i);
        }

        // when read one row a page and ten rows a page
        List<String> small;
        List<String> large;
        try (Stream<String> rows = reader(1).stream((rs, n) -> rs.getString(3), "a")) {
            small = rows.toList();
        }
        try (Stream<String> rows = reader(10).stream((rs, n) -> rs.getString(3), "a")) {
            large = rows.toList();
        }

        // then both list n=0 before n=1, each by id
        assertThat(small).containsExactly("e2", "e4", "e1", "e3", "e5");
        assertThat(large).isEqualTo(small);
    }

    @Test
    void anEmptyGroupGivesNoRows() {
        // given a row of another group only
        insert("b", "2025-03-01", 1, "x1");

        // when / then
        try (Stream<String> rows = reader(3).stream((rs, n) -> rs.getString(3), "a")) {
            assertThat(rows.toList()).isEmpty();
        }
    }
}
