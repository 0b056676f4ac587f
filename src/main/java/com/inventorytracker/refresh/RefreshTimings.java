package com.inventorytracker.refresh;

import java.time.Instant;

/**
 * Where the time of one refresh run went, for the log, {@code /api/status} and
 * benchmarks.
 *
 * @param startedAt when the run began
 * @param totalMillis the whole run
 * @param fetchMillis all upstream requests, retries included (they run in parallel)
 * @param joinMillis joining products with availability and with the previous snapshot
 * @param writeMillis the one SQLite transaction
 * @param products rows in the snapshot afterwards
 * @param failedSources categories and manufacturers whose data is older than this run
 * @param changedProducts products whose availability this run changed
 */
public record RefreshTimings(Instant startedAt, long totalMillis, long fetchMillis, long joinMillis, long writeMillis,
		int products, int failedSources, int changedProducts) {
}
