package com.inventorytracker.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as {@code db} in the health answer, in place of Spring
 * Boot's own check, which shows anyone the database product. DOWN while PostgreSQL is
 * lost; the pages meanwhile keep answering from their caches, and the snapshot check
 * stays UP as long as there is a snapshot to show.
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
