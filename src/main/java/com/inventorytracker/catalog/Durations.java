package com.inventorytracker.catalog;

import java.time.Duration;

/** Durations as the properties and the filter form write them. */
public final class Durations {

	private Durations() {
	}

	/**
	 * The largest exact unit: {@code 500ms}, {@code 30s}, {@code 4m}, {@code 1h} (not
	 * {@code 60m}); but one day is {@code 24h}, as the form offers it.
	 */
	public static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 1000 != 0) {
			return millis + "ms";
		}
		long seconds = millis / 1000;
		if (seconds % 86_400 == 0 && seconds > 86_400) {
			return seconds / 86_400 + "d";
		}
		if (seconds % 3600 == 0) {
			return seconds / 3600 + "h";
		}
		return (seconds % 60 == 0) ? seconds / 60 + "m" : seconds + "s";
	}

}
