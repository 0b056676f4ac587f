-- The snapshot: rewritten as a whole, in one transaction, by each successful refresh.
-- The same tables as on SQLite; texts sort by code point (COLLATE "C") as SQLite's do, times are epoch millis.
CREATE TABLE IF NOT EXISTS product (
    category                TEXT COLLATE "C" NOT NULL,
    id                      TEXT COLLATE "C" NOT NULL,
    name                    TEXT COLLATE "C" NOT NULL,
    search_name             TEXT COLLATE "C" NOT NULL, -- lower-cased in Java, as on SQLite
    colors                  TEXT COLLATE "C" NOT NULL, -- ",black,blue," so one instr() finds a colour
    price                   INTEGER NOT NULL,
    manufacturer            TEXT COLLATE "C" NOT NULL,
    availability            TEXT COLLATE "C" NOT NULL,
    availability_rank       INTEGER NOT NULL,
    availability_checked_at BIGINT,
    PRIMARY KEY (category, id)
);

CREATE INDEX IF NOT EXISTS product_category_name ON product (category, name);
CREATE INDEX IF NOT EXISTS product_category_price ON product (category, price);
CREATE INDEX IF NOT EXISTS product_category_manufacturer ON product (category, manufacturer, name);
CREATE INDEX IF NOT EXISTS product_category_availability ON product (category, availability_rank, name);

-- One row: the snapshot that readers see.
CREATE TABLE IF NOT EXISTS snapshot (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      BIGINT NOT NULL,
    refreshed_at BIGINT NOT NULL
);

-- Health of each upstream source, kept across restarts.
CREATE TABLE IF NOT EXISTS source_status (
    kind         TEXT COLLATE "C" NOT NULL CHECK (kind IN ('CATEGORY', 'MANUFACTURER')),
    name         TEXT COLLATE "C" NOT NULL,
    item_count   INTEGER NOT NULL,
    last_success BIGINT,
    last_attempt BIGINT,
    last_error   TEXT,
    stale        INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
);

-- SQLite's instr(), so that the repository's filters are the same SQL on both databases.
CREATE OR REPLACE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT strpos(haystack, needle)';
