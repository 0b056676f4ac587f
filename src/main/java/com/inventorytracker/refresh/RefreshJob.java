package com.inventorytracker.refresh;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Refreshes on a fixed delay: the first run right after start-up (on Spring Boot's
 * scheduler thread, so start-up does not wait for it), the next one
 * {@code inventory.refresh.interval} after the end of the last, so runs never overlap.
 * Every instance keeps this schedule; {@link RefreshLock} lets only one of them refresh
 * at a time. {@code inventory.refresh.scheduler-enabled=false} turns it off (tests
 * refresh by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "inventory.refresh.scheduler-enabled", matchIfMissing = true)
class RefreshJob implements SchedulingConfigurer {

	private final RefreshLock lock;

	private final RefreshProperties properties;

	RefreshJob(RefreshService refreshService, RefreshLock lock, RefreshProperties properties) {
		this.lock = lock;
		this.properties = properties;
		refreshService.scheduleEvery(properties.interval());
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(lock::refresh, properties.interval());
	}

}
