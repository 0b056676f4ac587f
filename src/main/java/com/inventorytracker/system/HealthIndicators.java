package com.inventorytracker.system;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Their details hold no secret. */
@Configuration(proxyBeanMethods = false)
class HealthIndicators {

	/** In place of Spring Boot's, which shows anyone the database product. */
	@Bean
	HealthIndicator dbHealthIndicator(JdbcClient jdbc) {
		return () -> {
			try {
				jdbc.sql("SELECT 1").query(Integer.class).single();
				return Health.up().build();
			}
			catch (DataAccessException ex) {
				// no exception in the details: its message may name the host
				return Health.down().build();
			}
		};
	}

	/**
	 * UP with a snapshot, however old, and OUT_OF_SERVICE before the first; stale sources
	 * are never DOWN, as a restart would not cure the legacy API.
	 */
	@Bean
	HealthIndicator snapshotHealthIndicator(RefreshStatusService status, Clock clock) {
		return () -> {
			RefreshStatus current = status.current();
			if (!current.hasSnapshot()) {
				return Health.outOfService()
					.withDetail("snapshot", "first load in progress")
					.withDetail("refreshing", current.refreshing())
					.build();
			}
			// whole seconds, so that the two forms agree
			Duration age = current.age(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
			return Health.up()
				.withDetail("snapshotVersion", current.snapshotVersion())
				.withDetail("refreshedAt", current.refreshedAt().toString())
				.withDetail("age", age.toString())
				.withDetail("ageSeconds", age.toSeconds())
				.withDetail("refreshing", current.refreshing())
				.withDetail("staleSources",
						current.staleSources()
							.stream()
							.map(source -> new StaleSource(source.kind().name().toLowerCase(Locale.ROOT), source.name(),
									Objects.toString(source.lastSuccess(), null), source.lastError()))
							.toList())
				.build();
		};
	}

	private record StaleSource(String kind, String name, String lastSuccess, String lastError) {
	}

}
