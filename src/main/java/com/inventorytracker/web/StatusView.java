package com.inventorytracker.web;

import java.util.List;

/**
 * The status area of every page: how fresh the data is, what comes next, and which
 * sources are failing.
 *
 * @param refreshedAt null while there is no snapshot
 * @param nextRefreshAt null while not yet scheduled
 */
record StatusView(long snapshotVersion, TimeView refreshedAt, TimeView nextRefreshAt, boolean refreshing,
		long refreshIntervalSeconds, long pollMillis, List<StaleWarning> warnings) {

	/**
	 * One failing source: its message key says what kind and whether it ever succeeded.
	 *
	 * @param since the source's last success; null while never
	 */
	record StaleWarning(String messageKey, String name, TimeView since) {
	}

}
