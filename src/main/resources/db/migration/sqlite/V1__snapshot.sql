-- Today's schema. Every statement creates only what is missing, so a SQLite file made before migrations
-- (by the schema script of earlier versions) is taken over as it is: Flyway baselines it at version 0 and runs this.
-- The snapshot: rewritten as a whole, in one transaction, by each successful refresh.
CREATE TABLE IF NOT EXISTS product (
    category                TEXT    NOT NULL,
    id                      TEXT    NOT NULL,
    name                    TEXT    NOT NULL,
    search_name             TEXT    NOT NULL, -- lower-cased in Java: SQLite lower() ignores Ä and Ö
    colors                  TEXT    NOT NULL, -- ",black,blue," so one instr() finds a colour
    price                   INTEGER NOT NULL,
    manufacturer            TEXT    NOT NULL,
    availability            TEXT    NOT NULL,
    availability_rank       INTEGER NOT NULL,
    availability_checked_at INTEGER,          -- epoch millis, as every time in this schema
    PRIMARY KEY (category, id)
);

CREATE INDEX IF NOT EXISTS product_category_name ON product (category, name);
CREATE INDEX IF NOT EXISTS product_category_price ON product (category, price);
CREATE INDEX IF NOT EXISTS product_category_manufacturer ON product (category, manufacturer, name);
CREATE INDEX IF NOT EXISTS product_category_availability ON product (category, availability_rank, name);

-- One row: the snapshot that readers see.
CREATE TABLE IF NOT EXISTS snapshot (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      INTEGER NOT NULL,
    refreshed_at INTEGER NOT NULL
);

-- Health of each upstream source, kept across restarts.
CREATE TABLE IF NOT EXISTS source_status (
    kind         TEXT    NOT NULL CHECK (kind IN ('CATEGORY', 'MANUFACTURER')),
    name         TEXT    NOT NULL,
    item_count   INTEGER NOT NULL,
    last_success INTEGER,
    last_attempt INTEGER,
    last_error   TEXT,
    stale        INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
);
