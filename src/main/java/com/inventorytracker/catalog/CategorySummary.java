package com.inventorytracker.catalog;

import java.util.Map;

public record CategorySummary(Category category, int total, Map<Availability, Integer> byAvailability) {

	public CategorySummary {
		byAvailability = Map.copyOf(byAvailability);
	}

	public int count(Availability availability) {
		return byAvailability.getOrDefault(availability, 0);
	}

}
