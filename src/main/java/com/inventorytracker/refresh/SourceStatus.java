package com.inventorytracker.refresh;

import java.time.Instant;

/**
 * The health of one upstream source: a category's product list or a manufacturer's
 * availability list.
 *
 * @param count products the snapshot holds from this source
 * @param lastSuccess when the source last answered well; null while never
 * @param lastError why the last attempt failed; null when it succeeded
 * @param stale the snapshot holds older data than the last attempt tried to fetch
 */
public record SourceStatus(SourceKind kind, String name, int count, Instant lastSuccess, Instant lastAttempt,
		String lastError, boolean stale) {

	public enum SourceKind {

		CATEGORY, MANUFACTURER

	}

}
