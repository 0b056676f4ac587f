package com.inventorytracker.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One product of the snapshot with its manufacturer's availability; the check time is
 * null while never confirmed, the previous value and change time while it never changed.
 */
public record Product(String id, Category category, String name, List<String> colors, int price, String manufacturer,
		Availability availability, Instant availabilityCheckedAt, Availability previousAvailability,
		Instant availabilityChangedAt) {

	public Product {
		colors = List.copyOf(colors);
	}

	public Product(String id, Category category, String name, List<String> colors, int price, String manufacturer,
			Availability availability, Instant availabilityCheckedAt) {
		this(id, category, name, colors, price, manufacturer, availability, availabilityCheckedAt, null, null);
	}

	public Product withChange(Availability previous, Instant changedAt) {
		return new Product(id, category, name, colors, price, manufacturer, availability, availabilityCheckedAt,
				previous, changedAt);
	}

}
