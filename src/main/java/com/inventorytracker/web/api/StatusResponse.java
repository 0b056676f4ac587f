package com.inventorytracker.web.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshTimings;
import com.inventorytracker.refresh.SourceStatus;

/**
 * The body of {@code GET /api/status}, each source keyed by its name.
 *
 * @param snapshotVersion 0 while the first load is in progress
 * @param lastError why this instance cannot show or write a newer snapshot now
 */
record StatusResponse(long snapshotVersion, Instant refreshedAt, Instant nextRefreshAt, boolean refreshing,
		Map<String, SourceResponse> categories, Map<String, SourceResponse> manufacturers, RefreshTimings lastRun,
		String refreshedBy, String lastError) {

	static StatusResponse of(RefreshStatus status) {
		return new StatusResponse(status.snapshotVersion(), status.refreshedAt(), status.nextRefreshAt(),
				status.refreshing(), byName(status.categories()), byName(status.manufacturers()), status.lastRun(),
				status.refreshedBy(), status.lastError());
	}

	private static Map<String, SourceResponse> byName(List<SourceStatus> sources) {
		return sources.stream()
			.collect(Collectors.toMap(SourceStatus::name, SourceResponse::of, (a, b) -> b, LinkedHashMap::new));
	}

	/**
	 * @param stale the snapshot holds older data than the last attempt tried to fetch
	 */
	record SourceResponse(int count, Instant lastSuccess, Instant lastAttempt, String lastError, boolean stale) {

		static SourceResponse of(SourceStatus source) {
			return new SourceResponse(source.count(), source.lastSuccess(), source.lastAttempt(), source.lastError(),
					source.stale());
		}

	}

}
