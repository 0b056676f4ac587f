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
 * Lets exactly one of the instances sharing a PostgreSQL database refresh: every instance
 * keeps its own schedule, and each due run first takes ShedLock's row in
 * {@code shedlock}, whose times are the database's (instance clocks may differ). The lock
 * is held for one interval from the start of a run, whether the run ended or its instance
 * died (SIGKILL, a lost dyno): no instance refreshes again within the interval, and when
 * the holder is gone another instance's next due run, at most one interval later, takes
 * over. One interval is always enough for a run: its fetch stops at the deadline, at most
 * four fifths of the interval. With SQLite, one process owns the file: no lock.
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
				// at least and at most one interval: the next run is that of the next
				// instance whose schedule comes due
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
