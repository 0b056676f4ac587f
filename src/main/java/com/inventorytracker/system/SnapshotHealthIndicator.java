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
import org.springframework.stereotype.Component;

/**
 * Health as a user of the pages sees it, named "snapshot": UP while there is a snapshot
 * to show, however old, because the pages then work; OUT_OF_SERVICE (503) before the
 * first one, so that a load balancer does not send users to an instance that can only say
 * "first load in progress". Stale sources do not make it DOWN: they are the legacy API's
 * fault, a restart would not cure them, and the last good data is still served. They are
 * listed in the details, with the snapshot's version and age.
 */
@Component
class SnapshotHealthIndicator implements HealthIndicator {

	private final RefreshStatusService status;

	private final Clock clock;

	SnapshotHealthIndicator(RefreshStatusService status, Clock clock) {
		this.status = status;
		this.clock = clock;
	}

	@Override
	public Health health() {
		RefreshStatus current = status.current();
		if (!current.hasSnapshot()) {
			return Health.outOfService()
				.withDetail("snapshot", "first load in progress")
				.withDetail("refreshing", current.refreshing())
				.build();
		}
		// whole seconds: a health check reads ages in seconds, and the two forms then
		// agree
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
	}

	private record StaleSource(String kind, String name, String lastSuccess, String lastError) {
	}

}
