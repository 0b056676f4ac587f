-- Many instances show one refresh status: who wrote the snapshot, and the job's state, in the database.
ALTER TABLE snapshot ADD COLUMN refreshed_by TEXT;

-- One row: the refresh job as every instance shows it.
CREATE TABLE refresh_run (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    revision        INTEGER NOT NULL, -- bumped by every change, so that a one-row check finds one
    running_until   INTEGER,          -- a run is in flight, until then at the latest; null while none
    next_refresh_at INTEGER,
    started_at      INTEGER,          -- the last finished run and where its time went
    total_ms        INTEGER,
    fetch_ms        INTEGER,
    join_ms         INTEGER,
    write_ms        INTEGER,
    products        INTEGER,
    failed_sources  INTEGER
);
