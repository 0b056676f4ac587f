package com.inventorytracker.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Written {@code price} or {@code -price} (descending) in a query string. */
public record SortOrder(Field field, boolean descending) {

	public static final SortOrder DEFAULT = new SortOrder(Field.NAME, false);

	public enum Field {

		NAME, PRICE, MANUFACTURER, AVAILABILITY;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public static Optional<SortOrder> parse(String value) {
		boolean descending = value.startsWith("-");
		String key = descending ? value.substring(1) : value;
		return Arrays.stream(Field.values())
			.filter(field -> field.parameter().equals(key))
			.findFirst()
			.map(field -> new SortOrder(field, descending));
	}

	public String parameter() {
		return (descending ? "-" : "") + field.parameter();
	}

	public SortOrder reversed() {
		return new SortOrder(field, !descending);
	}

}
