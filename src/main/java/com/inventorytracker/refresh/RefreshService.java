package com.inventorytracker.refresh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.upstream.ManufacturerAvailability;
import com.inventorytracker.upstream.UpstreamClient;
import com.inventorytracker.upstream.UpstreamException;
import com.inventorytracker.upstream.UpstreamProduct;
import com.inventorytracker.upstream.UpstreamProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

/**
 * One refresh run: fetch everything in parallel, join it with what must be kept, commit
 * it in one transaction. Whatever has not answered by {@code inventory.refresh.deadline}
 * counts as failed and is interrupted. Runs never overlap: a run asked for while one is
 * going is skipped. A run in flight when the application stops is interrupted and
 * abandoned before it writes anything.
 */
@Service
public class RefreshService {

	private static final Logger log = LoggerFactory.getLogger(RefreshService.class);

	/** Three categories plus the six to eight manufacturers seen so far, all at once. */
	private static final int THREADS = 12;

	private final UpstreamClient client;

	private final PreviousSnapshot previous;

	private final SnapshotJoin join;

	private final SnapshotWriter writer;

	private final RefreshStatusService status;

	private final RefreshProperties properties;

	private final Clock clock;

	/**
	 * The threads that wait on the legacy API, named {@code upstream-N}; idle ones are
	 * let go between runs.
	 */
	private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>());

	private final ReentrantLock running = new ReentrantLock();

	/** The schedule's interval; null while runs are only started by hand. */
	private volatile Duration interval;

	RefreshService(UpstreamClient client, PreviousSnapshot previous, SnapshotJoin join, SnapshotWriter writer,
			RefreshStatusService status, RefreshProperties properties, Clock clock) {
		this.client = client;
		this.previous = previous;
		this.join = join;
		this.writer = writer;
		this.status = status;
		this.properties = properties;
		this.clock = clock;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("upstream-");
		threads.setDaemon(true);
		pool.setThreadFactory(threads);
		pool.allowCoreThreadTimeOut(true);
	}

	/**
	 * Called once by the schedule, whose first run starts right away: each run then says
	 * when the next is due.
	 */
	void scheduleEvery(Duration interval) {
		this.interval = interval;
		status.scheduled(clock.instant());
	}

	/**
	 * Runs one refresh now, unless one is already running.
	 * @return the run's timings; empty when it was skipped or abandoned
	 */
	public Optional<RefreshTimings> refresh() {
		if (pool.isShutdown()) {
			return Optional.empty();
		}
		if (!running.tryLock()) {
			log.info("Refresh skipped: the previous run is still going");
			return Optional.empty();
		}
		RefreshTimings timings = null;
		status.runStarted(clock.instant().plus(properties.interval()));
		try {
			timings = run();
			return Optional.ofNullable(timings);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.info("Refresh abandoned: interrupted");
			return Optional.empty();
		}
		catch (RejectedExecutionException ex) {
			log.info("Refresh abandoned: the application is stopping");
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			// not an upstream fault (those are handled per source): the database, or a
			// bug
			log.error("Refresh failed; the previous snapshot stays", ex);
			status.runFailed(ex);
			return Optional.empty();
		}
		finally {
			status.runFinished(nextRun(), timings);
			running.unlock();
		}
	}

	/**
	 * The application is stopping: interrupt the requests in flight, drop those not
	 * started, start no more.
	 */
	@EventListener(ContextClosedEvent.class)
	void stop() {
		pool.shutdownNow().forEach(task -> ((Future<?>) task).cancel(false));
	}

	private RefreshTimings run() throws InterruptedException {
		Instant startedAt = clock.instant();
		long start = System.nanoTime();
		FetchResult fetched = fetch(start + properties.deadline().toNanos());
		long fetchedAt = System.nanoTime();
		if (fetched == null || stopping()) {
			return null;
		}
		Instant refreshedAt = clock.instant();
		NewSnapshot snapshot = join.join(fetched, startedAt, refreshedAt);
		long joinedAt = System.nanoTime();
		if (stopping()) {
			return null;
		}
		long version = write(snapshot, refreshedAt);
		long writtenAt = System.nanoTime();
		int stale = (int) snapshot.sources().stream().filter(SourceStatus::stale).count();
		RefreshTimings timings = new RefreshTimings(startedAt, millis(start, writtenAt), millis(start, fetchedAt),
				millis(fetchedAt, joinedAt), millis(joinedAt, writtenAt), snapshot.products().size(), stale,
				snapshot.changedProducts(refreshedAt));
		logRun(version, snapshot, timings);
		return timings;
	}

	/**
	 * Nothing more is read or written once the application stops: the database may be
	 * closing too.
	 */
	private boolean stopping() {
		if (pool.isShutdown() || Thread.currentThread().isInterrupted()) {
			log.info("Refresh abandoned: the application is stopping");
			return true;
		}
		return false;
	}

	/**
	 * Requests the three categories at once, and each manufacturer's availability, the
	 * slow part, as soon as the first category naming it arrives; then the manufacturers
	 * of a failed category, from the previous snapshot. Every request is made from this
	 * thread, so none can start after the deadline has been dealt with.
	 */
	private FetchResult fetch(long deadline) throws InterruptedException {
		CompletionService<SourceResult<List<UpstreamProduct>>> arrivals = new ExecutorCompletionService<>(pool);
		Map<Category, Future<SourceResult<List<UpstreamProduct>>>> categories = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			categories.put(category, arrivals.submit(() -> request(client::products, category)));
		}
		Map<String, Future<SourceResult<ManufacturerAvailability>>> manufacturers = new HashMap<>();
		for (int waiting = categories.size(); waiting > 0; waiting--) {
			Future<SourceResult<List<UpstreamProduct>>> arrived = arrivals.poll(remaining(deadline), NANOSECONDS);
			if (arrived == null) {
				break;
			}
			SourceResult<List<UpstreamProduct>> products = await(arrived, deadline);
			if (products.succeeded()) {
				products.value().forEach(product -> requestAvailability(manufacturers, product.manufacturer()));
			}
		}
		Map<Category, SourceResult<List<UpstreamProduct>>> categoryResults = new EnumMap<>(Category.class);
		for (var category : categories.entrySet()) {
			categoryResults.put(category.getKey(), await(category.getValue(), deadline));
		}
		if (stopping()) {
			return null;
		}
		categoryResults.forEach((category, products) -> {
			if (!products.succeeded()) {
				previous.manufacturers(category).forEach(name -> requestAvailability(manufacturers, name));
			}
		});
		Map<String, SourceResult<ManufacturerAvailability>> manufacturerResults = new HashMap<>();
		for (var manufacturer : manufacturers.entrySet()) {
			manufacturerResults.put(manufacturer.getKey(), await(manufacturer.getValue(), deadline));
		}
		return new FetchResult(categoryResults, manufacturerResults);
	}

	private void requestAvailability(Map<String, Future<SourceResult<ManufacturerAvailability>>> started,
			String manufacturer) {
		started.computeIfAbsent(manufacturer, name -> pool.submit(() -> request(client::availability, name)));
	}

	private <K, T> SourceResult<T> request(Function<K, T> request, K source) {
		try {
			return SourceResult.success(request.apply(source), clock.instant());
		}
		catch (UpstreamException ex) {
			return SourceResult.failure(ex.reason());
		}
	}

	/**
	 * The source's result; one still unanswered at the deadline is interrupted and counts
	 * as failed.
	 */
	private <T> SourceResult<T> await(Future<SourceResult<T>> future, long deadline) throws InterruptedException {
		try {
			return future.get(remaining(deadline), NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return SourceResult.failure(
					"no answer before the refresh deadline of " + UpstreamProperties.format(properties.deadline()));
		}
		catch (CancellationException ex) {
			return SourceResult.failure("cancelled");
		}
		catch (ExecutionException ex) {
			log.error("Unexpected failure of an upstream request", ex.getCause());
			return SourceResult.failure(ex.getCause().toString());
		}
	}

	private static long remaining(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	/**
	 * Commits the snapshot; it becomes visible when the run ends, with the next run's
	 * time.
	 */
	private long write(NewSnapshot snapshot, Instant refreshedAt) {
		if (snapshot.replacesProducts()) {
			return writer.write(snapshot, refreshedAt);
		}
		writer.writeSources(snapshot.sources());
		return status.current().snapshotVersion();
	}

	private void logRun(long version, NewSnapshot snapshot, RefreshTimings timings) {
		String staleSources = snapshot.sources()
			.stream()
			.filter(SourceStatus::stale)
			.map(source -> source.kind().name().toLowerCase(Locale.ROOT) + " " + source.name() + ": "
					+ source.lastError())
			.reduce((left, right) -> left + "; " + right)
			.orElse("none");
		log.info(
				"Refresh {}: version={} products={} changed={} totalMs={} fetchMs={} joinMs={} writeMs={}"
						+ " stale: {}",
				snapshot.replacesProducts() ? "wrote a snapshot" : "kept the snapshot", version, timings.products(),
				timings.changedProducts(), timings.totalMillis(), timings.fetchMillis(), timings.joinMillis(),
				timings.writeMillis(), staleSources);
	}

	private Instant nextRun() {
		Duration every = interval;
		if (every == null || pool.isShutdown()) {
			return null;
		}
		return clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(every);
	}

	private static long millis(long fromNanos, long toNanos) {
		return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
	}

}
