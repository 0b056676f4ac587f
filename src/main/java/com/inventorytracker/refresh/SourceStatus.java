package com.inventorytracker.refresh;

import java.time.Instant;

/**
 * The health of a category's product list or a manufacturer's availability list.
 *
 * @param count products the snapshot holds from this source
 * @param lastSuccess null while never
 * @param stale the snapshot holds older data than the last attempt tried to fetch
 */
public record SourceStatus(SourceKind kind, String name, int count, Instant lastSuccess, Instant lastAttempt,
		String lastError, boolean stale) {

	public enum SourceKind {

		CATEGORY, MANUFACTURER

	}

}
