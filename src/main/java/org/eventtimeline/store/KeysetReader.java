package org.eventtimeline.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the rows of a query in the order of an index, a page at a time: each page is a query that starts after the
 * last row read (keyset paging) and walks the index ({@code LIMIT n USING INDEX}), so HSQLDB never builds a result
 * larger than a page; a larger one it would write to disk and read back, which costs three times the reading. The
 * key columns must be the index's columns in its order (after any fixed equality columns), unique together, never
 * null, and the first columns of the select list. Produces the mapped rows as a lazy stream.
 */
final class KeysetReader {

    /** A key column and the SQL type its parameter is cast to. */
    record Key(String column, String sqlType) {
    }

    private final JdbcTemplate jdbc;
    private final String first;
    private final List<String> after;
    private final int keyCount;

    /**
     * @param selectFrom   {@code SELECT key columns..., other columns FROM ...}
     * @param fixed        a condition with parameters every row meets (e.g. {@code run_key = ?}), or null
     * @param fixedOrder   the index columns that {@code fixed} holds equal, listed before the keys in ORDER BY
     * @param keys         the remaining index columns, in index order
     * @param pageSize     rows per page, at most HSQLDB's in-memory result rows
     */
    KeysetReader(JdbcTemplate jdbc, String selectFrom, String fixed, List<String> fixedOrder, List<Key> keys,
                 int pageSize) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.keyCount = keys.size();
        List<String> order = new ArrayList<>(fixedOrder);
        keys.forEach(k -> order.add(k.column()));
        String tail = " ORDER BY " + String.join(", ", order) + " LIMIT " + pageSize + " USING INDEX";
        this.first = selectFrom + (fixed == null ? "" : " WHERE " + fixed) + tail;
        this.after = new ArrayList<>(keys.size());
        for (int level = 0; level < keys.size(); level++) {
            List<String> conditions = new ArrayList<>();
            if (fixed != null) {
                conditions.add(fixed);
            }
            for (int i = 0; i < level; i++) {
                conditions.add(keys.get(i).column() + " = " + cast(keys.get(i)));
            }
            conditions.add(keys.get(level).column() + " > " + cast(keys.get(level)));
            after.add(selectFrom + " WHERE " + conditions.stream().collect(Collectors.joining(" AND ")) + tail);
        }
    }

    /** The rows in index order, mapped; {@code fixedArgs} are the parameters of the fixed condition. */
    <T> Stream<T> stream(RowMapper<T> mapper, Object... fixedArgs) {
        Iterator<T> rows = new Pages<>(mapper, fixedArgs);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }

    private static String cast(Key key) {
        return "CAST(? AS " + key.sqlType() + ")";
    }

    /** Fetches a page when the previous one is used up: after the last key, deepest level first. */
    private final class Pages<T> implements Iterator<T> {
        private final RowMapper<T> mapper;
        private final Object[] fixedArgs;
        private final ArrayDeque<T> page = new ArrayDeque<>();
        private Object[] lastKey;
        private boolean done;

        Pages(RowMapper<T> mapper, Object[] fixedArgs) {
            this.mapper = mapper;
            this.fixedArgs = fixedArgs.clone();
        }

        @Override
        public boolean hasNext() {
            if (page.isEmpty() && !done) {
                fetch();
            }
            return !page.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.removeFirst();
        }

        private void fetch() {
            if (lastKey == null) {
                read(first, fixedArgs);
            } else {
                for (int level = keyCount - 1; level >= 0 && page.isEmpty(); level--) {
                    Object[] args = new Object[fixedArgs.length + level + 1];
                    System.arraycopy(fixedArgs, 0, args, 0, fixedArgs.length);
                    System.arraycopy(lastKey, 0, args, fixedArgs.length, level + 1);
                    read(after.get(level), args);
                }
            }
            done = page.isEmpty();
        }

        private void read(String sql, Object[] args) {
            jdbc.query(sql, rs -> {
                Object[] key = new Object[keyCount];
                for (int i = 0; i < keyCount; i++) {
                    key[i] = rs.getObject(i + 1);
                }
                lastKey = key;
                page.addLast(mapper.mapRow(rs, page.size()));
            }, args);
        }
    }
}
