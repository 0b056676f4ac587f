package com.inventorytracker.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A product's availability, in the order a worker cares about it when sorting. */
public enum Availability {

	INSTOCK, LESSTHAN10, OUTOFSTOCK, UNKNOWN;

	/** The upstream value, or UNKNOWN for anything the API should not have sent. */
	public static Availability fromUpstream(String value) {
		return fromCode(value == null ? "" : value.trim()).orElse(UNKNOWN);
	}

	/** Exact, case-insensitive match of one of the four codes, as filters accept them. */
	public static Optional<Availability> fromCode(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(value -> value.name().equals(upper)).findFirst();
	}

	/** Sort position: in stock first, unknown last. */
	public int rank() {
		return ordinal();
	}

}
