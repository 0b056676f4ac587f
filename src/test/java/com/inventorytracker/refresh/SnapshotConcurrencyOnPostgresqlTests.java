package com.inventorytracker.refresh;

/**
 * Readers of PostgreSQL while the snapshot is rewritten again and again: MVCC instead of
 * SQLite's WAL.
 */
@OnPostgresql
class SnapshotConcurrencyOnPostgresqlTests extends SnapshotConcurrencyTests {

}
