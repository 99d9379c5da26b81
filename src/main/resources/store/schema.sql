-- CACHED: rows live on disk, not in the heap, so a night of hundreds of MB stages in flat memory.
CREATE CACHED TABLE IF NOT EXISTS staged_event (
    run_key       VARCHAR(64)   NOT NULL,
    event_id      VARCHAR(32)   NOT NULL,
    sort_undated  INTEGER       NOT NULL,
    event_start   DATE          NOT NULL,
    date_rank     INTEGER       NOT NULL,
    source        VARCHAR(512)  NOT NULL,
    line          INTEGER       NOT NULL,
    seq           INTEGER       NOT NULL,
    -- The event as EventRecordCodec bytes: a fraction of the CPU JSON text took to write and read, here and in
    -- HSQLDB (which stores bytes as they are). Data directories of before move their JSON payloads to bytes on start
    -- (StagingPayload).
    payload       VARBINARY(16000000) NOT NULL,
    -- Input order (file, paragraph line, record of that line): a chunk appends at the end of its partition's range,
    -- so the key's index path stays in HSQLDB's row cache however large the table grows. A random key (the event
    -- id) made each insert read rows from disk, more of them the larger the table. Data directories of before
    -- change their key on start (StagingKey).
    PRIMARY KEY (run_key, source, line, seq)
);
-- The reports sort staged rows themselves (ExternalSort): HSQLDB built an ordered result on disk before its first
-- row whether or not an index matched, so an order index only slowed every insert. Data directories of before drop it.
DROP INDEX staged_event_order IF EXISTS;
CREATE CACHED TABLE IF NOT EXISTS skipped_item (
    run_key   VARCHAR(64)   NOT NULL,
    source    VARCHAR(512)  NOT NULL,
    line      INTEGER       NOT NULL,
    reason    VARCHAR(1024) NOT NULL,
    PRIMARY KEY (run_key, source, line)
);
-- The cumulative report used to keep working tables here; it sorts in files now (CumulativePass), so a data directory
-- of before drops them.
DROP TABLE cumulative_key IF EXISTS;
DROP TABLE cumulative_event IF EXISTS;
