package com.inventorytracker.system;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health as a user of the pages sees it: UP while there is a snapshot to show, however
 * old, because the pages then work; OUT_OF_SERVICE (503) before the first snapshot, so
 * that a load balancer does not send users to an instance that can only say "first load
 * in progress". Stale sources do not make it DOWN: they are the legacy API's fault, a
 * restart of this instance would not cure them, and the last good data is still served.
 * They are listed in the details, with the snapshot's version and age. Named "snapshot"
 * in the health answer.
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
		// Whole seconds: a health check reads ages in seconds, and the two forms below
		// then agree
		Duration age = current.age(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
		return Health.up()
			.withDetail("snapshotVersion", current.snapshotVersion())
			.withDetail("refreshedAt", current.refreshedAt().toString())
			.withDetail("age", age.toString())
			.withDetail("ageSeconds", age.toSeconds())
			.withDetail("refreshing", current.refreshing())
			.withDetail("staleSources", staleSources(current.staleSources()))
			.build();
	}

	private static List<Map<String, Object>> staleSources(List<SourceStatus> sources) {
		return sources.stream().map(SnapshotHealthIndicator::describe).toList();
	}

	private static Map<String, Object> describe(SourceStatus source) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("kind", source.kind().name().toLowerCase(Locale.ROOT));
		description.put("name", source.name());
		description.put("lastSuccess", source.lastSuccess() == null ? null : source.lastSuccess().toString());
		description.put("lastError", source.lastError());
		return description;
	}

}
