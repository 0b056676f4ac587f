package com.inventorytracker.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What readers need to know about the snapshot and the refresh job; times, writer and
 * last run are null while there is none.
 *
 * @param snapshotVersion 0 while no snapshot exists yet
 * @param lastError why this instance can neither see nor write a newer snapshot now (its
 * database is lost, or its last run could not commit); null while all is well
 */
public record RefreshStatus(long snapshotVersion, Instant refreshedAt, Instant nextRefreshAt, boolean refreshing,
		List<SourceStatus> categories, List<SourceStatus> manufacturers, RefreshTimings lastRun, String refreshedBy,
		String lastError) {

	public RefreshStatus {
		categories = List.copyOf(categories);
		manufacturers = List.copyOf(manufacturers);
	}

	public boolean hasSnapshot() {
		return snapshotVersion > 0;
	}

	public List<SourceStatus> staleSources() {
		return Stream.concat(categories.stream(), manufacturers.stream()).filter(SourceStatus::stale).toList();
	}

	public Duration age(Instant now) {
		return refreshedAt == null ? null : Duration.between(refreshedAt, now);
	}

}
