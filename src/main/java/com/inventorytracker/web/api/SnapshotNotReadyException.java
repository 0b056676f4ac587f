package com.inventorytracker.web.api;

/**
 * No snapshot has been written yet: the first refresh is still loading. Answered with 503
 * and Retry-After.
 */
class SnapshotNotReadyException extends RuntimeException {

	SnapshotNotReadyException() {
		super("The first load of the inventory is in progress. Try again in a few seconds.");
	}

}
