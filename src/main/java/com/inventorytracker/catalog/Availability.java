package com.inventorytracker.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** In the order a worker sorts by: in stock first, unknown last ({@link #rank}). */
public enum Availability {

	INSTOCK, LESSTHAN10, OUTOFSTOCK, UNKNOWN;

	public static Availability fromUpstream(String value) {
		return fromCode(value == null ? "" : value.trim()).orElse(UNKNOWN);
	}

	public static Optional<Availability> fromCode(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(value -> value.name().equals(upper)).findFirst();
	}

	public int rank() {
		return ordinal();
	}

}
