package com.inventorytracker.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One product of the snapshot, joined with its manufacturer's availability.
 *
 * @param availabilityCheckedAt when the availability was last confirmed by the API; null
 * while never
 * @param previousAvailability the confirmed value before the latest change; null while it
 * never changed
 * @param availabilityChangedAt when the tracker first saw the current value; null while
 * it never changed
 */
public record Product(String id, Category category, String name, List<String> colors, int price, String manufacturer,
		Availability availability, Instant availabilityCheckedAt, Availability previousAvailability,
		Instant availabilityChangedAt) {

	public Product {
		colors = List.copyOf(colors);
	}

	/** A product whose availability never changed. */
	public Product(String id, Category category, String name, List<String> colors, int price, String manufacturer,
			Availability availability, Instant availabilityCheckedAt) {
		this(id, category, name, colors, price, manufacturer, availability, availabilityCheckedAt, null, null);
	}

	/** The same product with this change history. */
	public Product withChange(Availability previous, Instant changedAt) {
		return new Product(id, category, name, colors, price, manufacturer, availability, availabilityCheckedAt,
				previous, changedAt);
	}

}
