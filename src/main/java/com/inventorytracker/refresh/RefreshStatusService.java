package com.inventorytracker.refresh;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import com.inventorytracker.refresh.SourceStatus.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static com.inventorytracker.catalog.ProductRepository.instant;

/**
 * The refresh status as readers see it, the same on every instance sharing the database:
 * read from it once per change, then served from memory. {@link RefreshJob} asks every
 * second whether anything changed, so every instance sees another's commit within about a
 * second. Once the application is ready, each change is published as a
 * {@link RefreshStatus} event just before it becomes visible, so that the web layer
 * prepares what readers will ask for while they are still served the status before.
 */
@Service
public class RefreshStatusService {

	private static final Logger log = LoggerFactory.getLogger(RefreshStatusService.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<State> state = new AtomicReference<>(new State(null, false, null));

	private volatile String databaseError;

	private volatile String runError;

	private volatile boolean ready;

	private final ApplicationEventPublisher events;

	RefreshStatusService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	public RefreshStatus current() {
		return status(state.updateAndGet(now -> now.shared() != null ? now : now.with(load())));
	}

	public void reload() {
		change(now -> now.with(load()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		ready = true;
		change(now -> now.shared() != null ? now : now.with(load()));
	}

	/** One change at a time, so that every status is prepared before it is seen. */
	private synchronized void change(UnaryOperator<State> change) {
		State next = change.apply(state.get());
		if (ready && next.shared() != null) {
			events.publishEvent(status(next));
		}
		state.set(next);
	}

	private RefreshStatus status(State now) {
		Shared shared = now.shared();
		boolean running = now.refreshing()
				|| shared.runningUntil() != null && shared.runningUntil().isAfter(clock.instant());
		return new RefreshStatus(shared.version(), shared.refreshedAt(),
				later(shared.nextRefreshAt(), now.nextRefreshAt()), running, shared.categories(),
				shared.manufacturers(), shared.lastRun(), shared.refreshedBy(),
				databaseError != null ? databaseError : runError);
	}

	/**
	 * A lost database leaves the last state in memory, so pages keep answering from it,
	 * and says so in {@code lastError} until it is back.
	 */
	void checkForChanges() {
		try {
			Stamp now = stamp();
			Shared cached = state.get().shared();
			if (cached == null || !now.equals(cached.stamp())) {
				reload();
			}
			if (databaseError != null) {
				log.info("Database reachable again");
				databaseError = null;
			}
		}
		catch (DataAccessException ex) {
			if (databaseError == null) {
				log.warn("Database unavailable; serving the last snapshot until it is back: {}", reason(ex));
			}
			databaseError = "database unavailable: " + reason(ex);
		}
	}

	/** After {@code until}, a run whose instance died no longer counts as running. */
	void runStarted(Instant until) {
		try {
			jdbc.sql("""
					INSERT INTO refresh_run (id, revision, running_until) VALUES (1, 1, :until)
					ON CONFLICT (id) DO UPDATE SET revision = refresh_run.revision + 1,
					    running_until = excluded.running_until
					""").param("until", until.toEpochMilli()).update();
			change(now -> new State(load(), true, now.nextRefreshAt()));
		}
		catch (DataAccessException ex) {
			log.warn("Could not record the start of the refresh: {}", reason(ex));
			change(now -> new State(now.shared(), true, now.nextRefreshAt()));
		}
	}

	/** The snapshot, the next run and the end of this one become visible together. */
	void runFinished(Instant next, RefreshTimings timings) {
		if (timings != null) {
			runError = null;
		}
		try {
			jdbc.sql("""
					INSERT INTO refresh_run (id, revision, next_refresh_at) VALUES (1, 1, :next)
					ON CONFLICT (id) DO UPDATE SET revision = refresh_run.revision + 1, running_until = NULL,
					    next_refresh_at = excluded.next_refresh_at
					""").param("next", next == null ? null : next.toEpochMilli(), Types.BIGINT).update();
			if (timings != null) {
				recordTimings(timings);
			}
			change(now -> new State(load(), false, next));
		}
		catch (DataAccessException ex) {
			log.warn("Could not record the end of the refresh: {}", reason(ex));
			change(now -> new State(now.shared(), false, next));
		}
	}

	void runFailed(Exception failure) {
		runError = "refresh kept the last snapshot: " + reason(failure);
	}

	void scheduled(Instant next) {
		change(now -> new State(now.shared(), now.refreshing(), next));
	}

	private void recordTimings(RefreshTimings timings) {
		jdbc.sql("""
				UPDATE refresh_run SET started_at = :startedAt, total_ms = :total, fetch_ms = :fetch, join_ms = :join,
				    write_ms = :write, products = :products, failed_sources = :failed, changed_products = :changed
				WHERE id = 1
				""")
			.param("startedAt", timings.startedAt().toEpochMilli())
			.param("total", timings.totalMillis())
			.param("fetch", timings.fetchMillis())
			.param("join", timings.joinMillis())
			.param("write", timings.writeMillis())
			.param("products", timings.products())
			.param("failed", timings.failedSources())
			.param("changed", timings.changedProducts())
			.update();
	}

	private Stamp stamp() {
		return jdbc.sql("""
				SELECT (SELECT version FROM snapshot WHERE id = 1) AS version,
				       (SELECT revision FROM refresh_run WHERE id = 1) AS revision
				""").query((rs, row) -> new Stamp(rs.getLong("version"), rs.getLong("revision"))).single();
	}

	/**
	 * The stamp first: a commit between the reads below is seen by the next check. The
	 * one mapping of source health rows.
	 */
	private Shared load() {
		Stamp stamp = stamp();
		List<SourceStatus> sources = jdbc.sql("""
				SELECT kind, name, item_count, last_success, last_attempt, last_error, stale
				FROM source_status
				ORDER BY kind, name
				""")
			.query((rs, row) -> new SourceStatus(SourceKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getInt("item_count"), instant(rs, "last_success"), instant(rs, "last_attempt"),
					rs.getString("last_error"), rs.getBoolean("stale")))
			.list();
		return jdbc.sql("""
				SELECT s.version, s.refreshed_at, s.refreshed_by, r.running_until, r.next_refresh_at, r.started_at,
				       r.total_ms, r.fetch_ms, r.join_ms, r.write_ms, r.products, r.failed_sources,
				       r.changed_products
				FROM (SELECT 1 AS id) AS one
				LEFT JOIN snapshot s ON s.id = one.id
				LEFT JOIN refresh_run r ON r.id = one.id
				""").query((rs, row) -> shared(rs, stamp, sources)).single();
	}

	private static Shared shared(ResultSet rs, Stamp stamp, List<SourceStatus> sources) throws SQLException {
		RefreshTimings lastRun = rs.getObject("started_at") == null ? null
				: new RefreshTimings(instant(rs, "started_at"), rs.getLong("total_ms"), rs.getLong("fetch_ms"),
						rs.getLong("join_ms"), rs.getLong("write_ms"), rs.getInt("products"),
						rs.getInt("failed_sources"), rs.getInt("changed_products"));
		return new Shared(stamp, rs.getLong("version"), instant(rs, "refreshed_at"), rs.getString("refreshed_by"),
				instant(rs, "running_until"), instant(rs, "next_refresh_at"), lastRun,
				sources.stream().filter(source -> source.kind() == SourceKind.CATEGORY).toList(),
				sources.stream().filter(source -> source.kind() == SourceKind.MANUFACTURER).toList());
	}

	private static Instant later(Instant shared, Instant own) {
		return shared == null || own != null && own.isAfter(shared) ? own : shared;
	}

	/** The driver's first line (it names the host, never the password). */
	private static String reason(Exception failure) {
		Throwable cause = failure instanceof DataAccessException data ? data.getMostSpecificCause() : failure;
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse("").strip();
	}

	/**
	 * This instance's view: whether it refreshes now (the shared state says so too,
	 * unless the database is lost) and its own next run, shown until a later shared one
	 * is known.
	 */
	private record State(Shared shared, boolean refreshing, Instant nextRefreshAt) {

		State with(Shared loaded) {
			return new State(loaded, refreshing, nextRefreshAt);
		}

	}

	private record Stamp(long version, long revision) {
	}

	private record Shared(Stamp stamp, long version, Instant refreshedAt, String refreshedBy, Instant runningUntil,
			Instant nextRefreshAt, RefreshTimings lastRun, List<SourceStatus> categories,
			List<SourceStatus> manufacturers) {
	}

}
