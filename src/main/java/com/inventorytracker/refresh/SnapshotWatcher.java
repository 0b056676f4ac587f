package com.inventorytracker.refresh;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every second, asks the database whether a snapshot or status was committed since the
 * last look (one row, two numbers), so that every instance serves a new snapshot within
 * about a second of its commit and the caches keyed by
 * {@link RefreshStatusService#snapshotVersion()} flip on all instances together. Also on
 * with a single SQLite instance, where it costs a microsecond, and with the refresh
 * schedule off, so that tests see it work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SnapshotWatcher implements SchedulingConfigurer {

	static final Duration CHECK_EVERY = Duration.ofSeconds(1);

	private final RefreshStatusService status;

	SnapshotWatcher(RefreshStatusService status) {
		this.status = status;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(status::checkForChanges, CHECK_EVERY);
	}

}
