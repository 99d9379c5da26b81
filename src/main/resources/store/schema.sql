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
    payload       VARCHAR(16000000) NOT NULL,
    PRIMARY KEY (run_key, event_id)
);
CREATE INDEX IF NOT EXISTS staged_event_order
    ON staged_event (run_key, sort_undated, event_start, date_rank, source, line, event_id);
CREATE CACHED TABLE IF NOT EXISTS skipped_item (
    run_key   VARCHAR(64)   NOT NULL,
    source    VARCHAR(512)  NOT NULL,
    line      INTEGER       NOT NULL,
    reason    VARCHAR(1024) NOT NULL,
    PRIMARY KEY (run_key, source, line)
);
-- Working tables of the cumulative report (all runs merged), refilled on every run: CACHED keeps them on disk.
-- Each staged event's merge group and what choosing a group's preferred record needs, so that merging reads no
-- payload. It replaced cumulative_key (which needed a join to the payloads): a data directory of before drops it.
DROP TABLE IF EXISTS cumulative_key;
CREATE CACHED TABLE IF NOT EXISTS cumulative_group (
    merge_key     VARCHAR(1024) NOT NULL,
    run_key       VARCHAR(64)   NOT NULL,
    event_id      VARCHAR(32)   NOT NULL,
    confidence    DOUBLE        NOT NULL,
    source        VARCHAR(512)  NOT NULL,
    line          INTEGER       NOT NULL,
    event_start   DATE          NOT NULL,
    date_rank     INTEGER       NOT NULL
);
CREATE INDEX IF NOT EXISTS cumulative_group_order ON cumulative_group (merge_key, run_key, event_id);
CREATE CACHED TABLE IF NOT EXISTS cumulative_event (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    sort_undated  INTEGER       NOT NULL,
    event_start   DATE,
    date_rank     INTEGER       NOT NULL,
    source        VARCHAR(512)  NOT NULL,
    line          INTEGER       NOT NULL,
    event_id      VARCHAR(32)   NOT NULL,
    run_key       VARCHAR(64)   NOT NULL,
    sources       VARCHAR(1000000) NOT NULL
);
-- The timeline order, unique with seq: the cumulative step reads it a page at a time after the last row read.
DROP INDEX cumulative_event_order IF EXISTS;
CREATE INDEX IF NOT EXISTS cumulative_event_timeline
    ON cumulative_event (sort_undated, event_start, date_rank, source, line, event_id, seq);
