package com.inventorytracker.refresh;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a refresh suite's context on the test PostgreSQL; suites marked alike share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "inventory.test.postgres-database=refresh_tests")
@interface OnPostgresql {

}
