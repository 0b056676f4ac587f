package com.inventorytracker.refresh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.inventorytracker.upstream.UpstreamClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * One refresh run: fetch everything in parallel, join it with what must be kept, commit it in one transaction.
 * Runs never overlap: a run asked for while one is going is skipped. A run in flight when the application stops
 * is abandoned before it writes anything.
 */
@Service
public class RefreshService {

    private static final Logger log = LoggerFactory.getLogger(RefreshService.class);

    private final UpstreamClient client;

    private final UpstreamExecutor executor;

    private final PreviousSnapshot previous;

    private final SnapshotJoin join;

    private final SnapshotWriter writer;

    private final RefreshStatusService status;

    private final RefreshProperties properties;

    private final Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    private final AtomicReference<FetchBatch> inFlight = new AtomicReference<>();

    private volatile boolean closing;

    /** The schedule's interval; null while runs are only started by hand. */
    private volatile Duration interval;

    RefreshService(UpstreamClient client, UpstreamExecutor executor, PreviousSnapshot previous, SnapshotJoin join,
            SnapshotWriter writer, RefreshStatusService status, RefreshProperties properties,
            Clock clock) {
        this.client = client;
        this.executor = executor;
        this.previous = previous;
        this.join = join;
        this.writer = writer;
        this.status = status;
        this.properties = properties;
        this.clock = clock;
    }

    /** Called once by the schedule, whose first run starts right away: each run then says when the next is due. */
    void scheduleEvery(Duration interval) {
        this.interval = interval;
        status.scheduled(clock.instant());
    }

    /**
     * Runs one refresh now, unless one is already running.
     *
     * @return the run's timings; empty when it was skipped or abandoned
     */
    public Optional<RefreshTimings> refresh() {
        if (closing) {
            return Optional.empty();
        }
        if (!running.compareAndSet(false, true)) {
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
        catch (RuntimeException ex) {
            // not an upstream fault (those are handled per source): the database, or a bug
            log.error("Refresh failed; the previous snapshot stays", ex);
            status.runFailed(ex);
            return Optional.empty();
        }
        finally {
            status.runFinished(nextRun(), timings);
            running.set(false);
        }
    }

    /** The application is stopping: stop the requests of a run in flight, and start no more runs. */
    @EventListener(ContextClosedEvent.class)
    void abandonRunInFlight() {
        closing = true;
        FetchBatch batch = inFlight.get();
        if (batch != null) {
            batch.cancelAll();
        }
    }

    private RefreshTimings run() throws InterruptedException {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        FetchResult fetched = fetch(start + properties.deadline().toNanos());
        long fetchedAt = System.nanoTime();
        if (stopping()) {
            return null;
        }
        NewSnapshot snapshot = join.join(fetched, startedAt);
        long joinedAt = System.nanoTime();
        if (stopping()) {
            return null;
        }
        long version = write(snapshot);
        long writtenAt = System.nanoTime();
        int stale = (int) snapshot.sources().stream().filter(SourceStatus::stale).count();
        RefreshTimings timings = new RefreshTimings(startedAt, millis(start, writtenAt), millis(start, fetchedAt),
                millis(fetchedAt, joinedAt), millis(joinedAt, writtenAt), snapshot.products().size(), stale);
        logRun(version, snapshot, timings);
        return timings;
    }

    /** Nothing more is read or written once the application stops: the database may be closing too. */
    private boolean stopping() {
        if (closing || Thread.currentThread().isInterrupted()) {
            log.info("Refresh abandoned: the application is stopping");
            return true;
        }
        return false;
    }

    private FetchResult fetch(long deadlineNanos) throws InterruptedException {
        FetchBatch batch = executor.newBatch();
        inFlight.set(batch);
        try {
            if (closing) {
                batch.cancelAll();
            }
            return new UpstreamFetch(client, batch, clock).fetch(deadlineNanos, properties.deadline(),
                    previous::manufacturers);
        }
        finally {
            batch.cancelAll();
            inFlight.set(null);
        }
    }

    private long write(NewSnapshot snapshot) {
        try {
            if (snapshot.replacesProducts()) {
                return writer.write(snapshot, clock.instant());
            }
            writer.writeSources(snapshot.sources());
            return status.current().snapshotVersion();
        }
        finally {
            status.reload();
        }
    }

    private void logRun(long version, NewSnapshot snapshot, RefreshTimings timings) {
        String staleSources = snapshot.sources().stream()
            .filter(SourceStatus::stale)
            .map(source -> source.kind().name().toLowerCase(Locale.ROOT) + " " + source.name() + ": "
                    + source.lastError())
            .reduce((left, right) -> left + "; " + right)
            .orElse("none");
        log.info("Refresh {}: version={} products={} totalMs={} fetchMs={} joinMs={} writeMs={} stale: {}",
                snapshot.replacesProducts() ? "wrote a snapshot" : "kept the snapshot", version,
                timings.products(), timings.totalMillis(), timings.fetchMillis(), timings.joinMillis(),
                timings.writeMillis(), staleSources);
    }

    private Instant nextRun() {
        Duration every = interval;
        if (every == null || closing) {
            return null;
        }
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(every);
    }

    private static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }

    /** In the property syntax: {@code 4m}, {@code 30s}, {@code 500ms}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

}
