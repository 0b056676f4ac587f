package com.inventorytracker.refresh;

import java.time.Instant;

/**
 * Where the time of one refresh run went, for the log, {@code /api/status} and
 * benchmarks.
 *
 * @param fetchMillis all upstream requests, retries included (they run in parallel)
 * @param writeMillis the one transaction
 * @param failedSources categories and manufacturers whose data is older than this run
 */
public record RefreshTimings(Instant startedAt, long totalMillis, long fetchMillis, long joinMillis, long writeMillis,
		int products, int failedSources, int changedProducts) {
}
