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

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets one of the instances sharing a PostgreSQL database refresh per interval: each due
 * run first takes ShedLock's row, timed by the database, for one interval from its start,
 * whether the run ends or its instance dies; then the next instance whose schedule comes
 * due takes over. A run always fits (its fetch stops at the deadline, at most four fifths
 * of the interval). With SQLite one process owns the file: no lock.
 */
@Component
class RefreshLock {

	private static final Logger log = LoggerFactory.getLogger(RefreshLock.class);

	private final RefreshService refreshService;

	private final Duration lifetime;

	/** Null on SQLite. */
	private final LockProvider locks;

	RefreshLock(RefreshService refreshService, RefreshProperties properties, InstanceName instance,
			DataSource dataSource, Environment environment) {
		this.refreshService = refreshService;
		this.lifetime = properties.interval();
		boolean shared = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
		this.locks = shared ? new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.withLockedByValue(instance.get())
			.build()) : null;
	}

	/**
	 * Refreshes if no other instance has within the interval; answers whether this
	 * instance did.
	 */
	boolean refresh() {
		Optional<SimpleLock> lock = Optional.empty();
		if (locks != null) {
			try {
				lock = locks.lock(new LockConfiguration(Instant.now(), "refresh", lifetime, lifetime));
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
