package com.inventorytracker.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The schedules. Every second, asks the database whether a snapshot or status was
 * committed (one row), so that caches keyed by the snapshot version flip on all instances
 * within about a second. Refreshes right after start-up (on the scheduler's thread) and
 * then {@code inventory.refresh.interval} after the end of each run, unless
 * {@code inventory.refresh.scheduler-enabled=false}. On PostgreSQL a run first takes
 * ShedLock's row, timed by the database, for one interval from its start, whether the run
 * ends or its instance dies; a run always fits, as its fetch stops at the deadline. With
 * SQLite one process owns the file.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RefreshJob implements SchedulingConfigurer {

	private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(RefreshJob.class);

	private final RefreshService refreshService;

	private final RefreshStatusService status;

	private final Duration interval;

	private final boolean scheduled;

	/** Null on SQLite. */
	private final LockProvider locks;

	RefreshJob(RefreshService refreshService, RefreshStatusService status, RefreshProperties properties,
			SnapshotWriter writer, DataSource dataSource, Environment environment) {
		this.refreshService = refreshService;
		this.status = status;
		this.interval = properties.interval();
		this.scheduled = environment.getProperty("inventory.refresh.scheduler-enabled", Boolean.class, true);
		boolean shared = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
		this.locks = shared ? new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.withLockedByValue(writer.instance())
			.build()) : null;
		if (scheduled) {
			refreshService.scheduleEvery(interval);
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(status::checkForChanges, CHECK_EVERY);
		if (scheduled) {
			registrar.addFixedDelayTask(this::refresh, interval);
		}
	}

	/** Whether this instance refreshed: not if another has within the interval. */
	boolean refresh() {
		Optional<SimpleLock> lock = Optional.empty();
		if (locks != null) {
			try {
				lock = locks.lock(new LockConfiguration(Instant.now(), "refresh", interval, interval));
			}
			catch (RuntimeException ex) {
				log.warn("Refresh skipped: the lock could not be taken ({})", ex.getMessage());
				return false;
			}
			if (lock.isEmpty()) {
				log.debug("Refresh left to the instance holding the lock");
				return false;
			}
		}
		try {
			refreshService.refresh();
		}
		finally {
			try {
				lock.ifPresent(SimpleLock::unlock);
			}
			catch (RuntimeException ex) {
				// it then ends by itself when its lifetime is over
				log.warn("The refresh lock could not be released ({})", ex.getMessage());
			}
		}
		return true;
	}

}
