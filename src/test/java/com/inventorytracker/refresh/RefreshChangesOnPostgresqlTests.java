package com.inventorytracker.refresh;

/** The availability change suite again, writing to PostgreSQL. */
@OnPostgresql
class RefreshChangesOnPostgresqlTests extends RefreshChangesTests {

}
