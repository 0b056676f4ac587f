package com.inventorytracker.refresh;

/** The refresh service's suite again, writing to PostgreSQL. */
@OnPostgresql
class RefreshServiceOnPostgresqlTests extends RefreshServiceTests {

}
