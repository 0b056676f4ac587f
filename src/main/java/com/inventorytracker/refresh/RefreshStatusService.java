package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.inventorytracker.refresh.SourceStatus.SourceKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The refresh status as readers see it: the committed snapshot's version and source health (read from
 * SQLite once per snapshot, then served from memory) plus the job's live state. Each change is published as a
 * {@link RefreshStatus} event once visible, so that the web layer can prepare what readers will ask for.
 */
@Service
public class RefreshStatusService {

    private final JdbcClient jdbc;

    private final PreviousSnapshot previous;

    private final ApplicationEventPublisher events;

    private final AtomicReference<Persisted> persisted = new AtomicReference<>();

    private volatile boolean refreshing;

    private volatile Instant nextRefreshAt;

    private volatile RefreshTimings lastRun;

    RefreshStatusService(JdbcClient jdbc, PreviousSnapshot previous, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.previous = previous;
        this.events = events;
    }

    public RefreshStatus current() {
        Persisted snapshot = persisted.updateAndGet(cached -> cached != null ? cached : load());
        return new RefreshStatus(snapshot.version(), snapshot.refreshedAt(), nextRefreshAt, refreshing,
                snapshot.categories(), snapshot.manufacturers(), lastRun);
    }

    /** Cheap enough for every request: the version that keys caches and ETags. */
    public long snapshotVersion() {
        return current().snapshotVersion();
    }

    /** Called after a snapshot or source status commit, so that the next read sees it. */
    public void reload() {
        persisted.set(load());
        events.publishEvent(current());
    }

    void runStarted() {
        refreshing = true;
        events.publishEvent(current());
    }

    void runFinished(Instant next) {
        nextRefreshAt = next;
        refreshing = false;
        events.publishEvent(current());
    }

    void runFinished(Instant next, RefreshTimings timings) {
        if (timings != null) {
            lastRun = timings;
        }
        runFinished(next);
    }

    void scheduled(Instant next) {
        nextRefreshAt = next;
        events.publishEvent(current());
    }

    private Persisted load() {
        var snapshot = jdbc.sql("SELECT version, refreshed_at FROM snapshot WHERE id = 1")
            .query((rs, row) -> new Persisted(rs.getLong("version"), Instant.ofEpochMilli(rs.getLong("refreshed_at")),
                    List.of(), List.of()))
            .optional()
            .orElse(new Persisted(0, null, List.of(), List.of()));
        List<SourceStatus> sources = previous.sources();
        return new Persisted(snapshot.version(), snapshot.refreshedAt(),
                sources.stream().filter(source -> source.kind() == SourceKind.CATEGORY).toList(),
                sources.stream().filter(source -> source.kind() == SourceKind.MANUFACTURER).toList());
    }

    private record Persisted(long version, Instant refreshedAt, List<SourceStatus> categories,
            List<SourceStatus> manufacturers) {
    }

}
