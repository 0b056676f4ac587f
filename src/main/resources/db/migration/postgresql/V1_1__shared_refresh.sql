-- Many instances show one refresh status: who wrote the snapshot, and the job's state, in the database.
ALTER TABLE snapshot ADD COLUMN refreshed_by TEXT;

-- One row: the refresh job as every instance shows it.
CREATE TABLE refresh_run (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    revision        BIGINT NOT NULL, -- bumped by every change, so that a one-row check finds one
    running_until   BIGINT,          -- a run is in flight, until then at the latest; null while none
    next_refresh_at BIGINT,
    started_at      BIGINT,          -- the last finished run and where its time went
    total_ms        BIGINT,
    fetch_ms        BIGINT,
    join_ms         BIGINT,
    write_ms        BIGINT,
    products        INTEGER,
    failed_sources  INTEGER
);

-- ShedLock's lock: the one instance that may refresh, until lock_until (database time, so clocks may differ).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
