CREATE TABLE IF NOT EXISTS staged_event (
    run_key       VARCHAR(64)   NOT NULL,
    event_id      VARCHAR(32)   NOT NULL,
    sort_undated  INTEGER       NOT NULL,
    event_start   DATE          NOT NULL,
    source        VARCHAR(512)  NOT NULL,
    line          INTEGER       NOT NULL,
    seq           INTEGER       NOT NULL,
    payload       CLOB          NOT NULL,
    PRIMARY KEY (run_key, event_id)
);
CREATE INDEX IF NOT EXISTS staged_event_order ON staged_event (run_key, sort_undated, event_start, source, line, seq);
CREATE TABLE IF NOT EXISTS skipped_item (
    run_key   VARCHAR(64)   NOT NULL,
    source    VARCHAR(512)  NOT NULL,
    line      INTEGER       NOT NULL,
    reason    VARCHAR(1024) NOT NULL,
    PRIMARY KEY (run_key, source, line)
);
