package com.inventorytracker.refresh;

import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.upstream.ManufacturerAvailability;
import com.inventorytracker.upstream.UpstreamProduct;

/** Everything one run got from the legacy API, per category and per manufacturer. */
record FetchResult(Map<Category, SourceResult<List<UpstreamProduct>>> categories,
		Map<String, SourceResult<ManufacturerAvailability>> manufacturers) {

	FetchResult {
		categories = Map.copyOf(categories);
		manufacturers = Map.copyOf(manufacturers);
	}

	boolean anyCategorySucceeded() {
		return categories.values().stream().anyMatch(SourceResult::succeeded);
	}

	boolean anyManufacturerSucceeded() {
		return manufacturers.values().stream().anyMatch(SourceResult::succeeded);
	}

}
