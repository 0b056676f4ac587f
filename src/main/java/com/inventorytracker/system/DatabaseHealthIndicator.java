package com.inventorytracker.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as {@code db}, in place of Spring Boot's check, which
 * shows anyone the database product; DOWN while it is lost (pages answer from cache).
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

	private final JdbcClient jdbc;

	DatabaseHealthIndicator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Health health() {
		try {
			jdbc.sql("SELECT 1").query(Integer.class).single();
			return Health.up().build();
		}
		catch (DataAccessException ex) {
			// no exception in the details: its message may name the host
			return Health.down().build();
		}
	}

}
