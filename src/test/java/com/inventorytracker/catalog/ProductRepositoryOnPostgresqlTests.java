package com.inventorytracker.catalog;

import org.springframework.test.context.TestPropertySource;

/**
 * The repository's suite again, on PostgreSQL: the same SQL must give the same rows in
 * the same order.
 */
@TestPropertySource(properties = "inventory.test.postgres-database=repository_tests")
class ProductRepositoryOnPostgresqlTests extends ProductRepositoryTests {

}
