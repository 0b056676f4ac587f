package com.inventorytracker.catalog;

import java.util.Map;

/** How many products a category holds, in all and per availability. */
public record CategorySummary(Category category, int total, Map<Availability, Integer> byAvailability) {

	public CategorySummary {
		byAvailability = Map.copyOf(byAvailability);
	}

	public int count(Availability availability) {
		return byAvailability.getOrDefault(availability, 0);
	}

}
