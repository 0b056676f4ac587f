package com.inventorytracker.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A moment as a page shows it: {@code iso} for {@code <time datetime>} (the script turns
 * it into the reader's local time), {@code text} as a readable UTC fallback. Absolute, so
 * that cached pages do not go out of date.
 */
record TimeView(String iso, String text) {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	static TimeView of(Instant instant) {
		if (instant == null) {
			return null;
		}
		Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
		return new TimeView(DateTimeFormatter.ISO_INSTANT.format(seconds), TEXT.format(seconds));
	}

}
