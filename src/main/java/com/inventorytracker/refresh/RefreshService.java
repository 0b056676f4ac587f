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
import com.inventorytracker.catalog.Durations;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.SnapshotJoin.Answer;
import com.inventorytracker.refresh.SnapshotJoin.Fetched;
import com.inventorytracker.refresh.SnapshotJoin.NewSnapshot;
import com.inventorytracker.upstream.ManufacturerAvailability;
import com.inventorytracker.upstream.UpstreamClient;
import com.inventorytracker.upstream.UpstreamException;
import com.inventorytracker.upstream.UpstreamProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

/**
 * One refresh run: fetch in parallel on a bounded pool, join with what must be kept,
 * commit in one transaction. Whatever has not answered by
 * {@code inventory.refresh.deadline} is interrupted and counts as failed. A run asked for
 * while one is going is skipped. Stopping the application interrupts a run in flight,
 * which then writes nothing.
 */
@Service
public class RefreshService {

	private static final Logger log = LoggerFactory.getLogger(RefreshService.class);

	/** Three categories and the six to eight manufacturers seen so far, all at once. */
	private static final int THREADS = 12;

	private final UpstreamClient client;

	private final ProductRepository products;

	private final SnapshotJoin join;

	private final SnapshotWriter writer;

	private final RefreshStatusService status;

	private final RefreshProperties properties;

	private final Clock clock;

	/** Idle threads are let go between runs. */
	private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>());

	private final ReentrantLock running = new ReentrantLock();

	/** The schedule's interval; null while runs are only started by hand. */
	private volatile Duration interval;

	RefreshService(UpstreamClient client, ProductRepository products, SnapshotJoin join, SnapshotWriter writer,
			RefreshStatusService status, RefreshProperties properties, Clock clock) {
		this.client = client;
		this.products = products;
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

	void scheduleEvery(Duration interval) {
		this.interval = interval;
		status.scheduled(clock.instant());
	}

	/** Empty when skipped (a run is going) or abandoned. */
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
		}
		catch (InterruptedException | RejectedExecutionException ex) {
			log.info("Refresh abandoned: the application is stopping");
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		catch (RuntimeException ex) {
			// not an upstream fault (handled per source): the database, or a bug
			log.error("Refresh failed; the previous snapshot stays", ex);
			status.runFailed(ex);
		}
		finally {
			Instant next = (interval == null || pool.isShutdown()) ? null
					: clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(interval);
			status.runFinished(next, timings);
			running.unlock();
		}
		return Optional.ofNullable(timings);
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		pool.shutdownNow().forEach(task -> ((Future<?>) task).cancel(false));
	}

	private RefreshTimings run() throws InterruptedException {
		Instant startedAt = clock.instant();
		long start = System.nanoTime();
		Fetched fetched = fetch(start + properties.deadline().toNanos());
		long fetchedAt = System.nanoTime();
		Instant refreshedAt = clock.instant();
		abandonIfStopping();
		NewSnapshot snapshot = join.join(fetched, status.current(), startedAt, refreshedAt);
		long joinedAt = System.nanoTime();
		abandonIfStopping();
		// committed now, visible when the run ends (with the next run's time)
		long version = status.current().snapshotVersion();
		if (snapshot.replacesProducts()) {
			version = writer.write(snapshot.products(), snapshot.sources(), refreshedAt);
			join.committed(version, refreshedAt, snapshot);
		}
		else {
			writer.writeSources(snapshot.sources());
		}
		long end = System.nanoTime();
		List<String> stale = snapshot.sources()
			.stream()
			.filter(SourceStatus::stale)
			.map(source -> source.kind().name().toLowerCase(Locale.ROOT) + " " + source.name() + ": "
					+ source.lastError())
			.toList();
		log.info("Refresh {}: version={} products={} changed={} totalMs={} fetchMs={} joinMs={} writeMs={} stale: {}",
				snapshot.replacesProducts() ? "wrote a snapshot" : "kept the snapshot", version,
				snapshot.products().size(), snapshot.changedProducts(), millis(start, end), millis(start, fetchedAt),
				millis(fetchedAt, joinedAt), millis(joinedAt, end),
				stale.isEmpty() ? "none" : String.join("; ", stale));
		return new RefreshTimings(startedAt, millis(start, end), millis(start, fetchedAt), millis(fetchedAt, joinedAt),
				millis(joinedAt, end), snapshot.products().size(), stale.size(), snapshot.changedProducts());
	}

	private void abandonIfStopping() throws InterruptedException {
		if (pool.isShutdown() || Thread.interrupted()) {
			throw new InterruptedException();
		}
	}

	/**
	 * The categories at once and, as each arrives, its manufacturers (a failed one's from
	 * the stored snapshot): a hanging category holds up no other. Every request is made
	 * from this thread, so none starts after the deadline has been dealt with.
	 */
	private Fetched fetch(long deadline) throws InterruptedException {
		CompletionService<Answer<List<UpstreamProduct>>> arrivals = new ExecutorCompletionService<>(pool);
		Map<Future<Answer<List<UpstreamProduct>>>, Category> requested = new HashMap<>();
		for (Category category : Category.values()) {
			requested.put(arrivals.submit(() -> ask(client::products, category)), category);
		}
		Map<Category, Answer<List<UpstreamProduct>>> categories = new EnumMap<>(Category.class);
		Map<String, Future<Answer<ManufacturerAvailability>>> manufacturers = new HashMap<>();
		while (categories.size() < requested.size()) {
			Future<Answer<List<UpstreamProduct>>> arrived = arrivals.poll(remaining(deadline), NANOSECONDS);
			if (arrived == null) {
				break;
			}
			Category category = requested.get(arrived);
			Answer<List<UpstreamProduct>> answer = await(arrived, deadline);
			categories.put(category, answer);
			abandonIfStopping();
			List<String> names = answer.succeeded()
					? answer.value().stream().map(UpstreamProduct::manufacturer).toList()
					: products.manufacturers(category);
			names.forEach(name -> manufacturers.computeIfAbsent(name,
					manufacturer -> pool.submit(() -> ask(client::availability, manufacturer))));
		}
		for (var request : requested.entrySet()) {
			categories.putIfAbsent(request.getValue(), await(request.getKey(), deadline));
		}
		Map<String, Answer<ManufacturerAvailability>> availability = new HashMap<>();
		for (var manufacturer : manufacturers.entrySet()) {
			availability.put(manufacturer.getKey(), await(manufacturer.getValue(), deadline));
		}
		return new Fetched(categories, availability);
	}

	private <K, T> Answer<T> ask(Function<K, T> request, K source) {
		try {
			return Answer.of(request.apply(source), clock.instant());
		}
		catch (UpstreamException ex) {
			return Answer.failed(ex.reason());
		}
	}

	/** One still missing at the deadline is interrupted and failed. */
	private <T> Answer<T> await(Future<Answer<T>> future, long deadline) throws InterruptedException {
		try {
			return future.get(remaining(deadline), NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return Answer.failed("no answer before the refresh deadline of " + Durations.format(properties.deadline()));
		}
		catch (CancellationException ex) {
			return Answer.failed("cancelled");
		}
		catch (ExecutionException ex) {
			log.error("Unexpected failure of an upstream request", ex.getCause());
			return Answer.failed(ex.getCause().toString());
		}
	}

	private static long remaining(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	private static long millis(long fromNanos, long toNanos) {
		return NANOSECONDS.toMillis(toNanos - fromNanos);
	}

}
