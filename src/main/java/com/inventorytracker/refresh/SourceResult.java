package com.inventorytracker.refresh;

import java.time.Instant;

/**
 * What one upstream source gave in one run: its data and when it arrived, or why there is
 * none.
 *
 * @param confirmedAt when the answer arrived; null on failure
 * @param error the reason of the failure; null on success
 */
record SourceResult<T>(T value, Instant confirmedAt, String error) {

	static <T> SourceResult<T> success(T value, Instant confirmedAt) {
		return new SourceResult<>(value, confirmedAt, null);
	}

	static <T> SourceResult<T> failure(String error) {
		return new SourceResult<>(null, null, error);
	}

	boolean succeeded() {
		return error == null;
	}

}
