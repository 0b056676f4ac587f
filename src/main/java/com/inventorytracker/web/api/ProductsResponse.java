package com.inventorytracker.web.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductPage;

/**
 * The body of {@code GET /api/products/{category}}.
 *
 * @param total how many products match the filter over all pages
 * @param page present only when the request asked for pages (a size)
 */
record ProductsResponse(String category, long snapshotVersion, Instant refreshedAt, int total,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer size, List<ProductRow> products) {

	static ProductsResponse of(ProductsRequest request, ProductPage result) {
		boolean paged = request.query().paged();
		return new ProductsResponse(request.category().slug(), request.snapshotVersion(), request.refreshedAt(),
				result.matching(), paged ? request.query().page() : null, request.query().size(),
				result.products().stream().map(ProductRow::of).toList());
	}

	/**
	 * @param availabilityCheckedAt when the manufacturer last confirmed the availability;
	 * null while never
	 * @param previousAvailability the confirmed value before the latest change; null
	 * while it never changed
	 * @param availabilityChangedAt when the tracker first saw the current value; null
	 * while it never changed
	 */
	record ProductRow(String id, String name, List<String> colors, int price, String manufacturer,
			Availability availability, Instant availabilityCheckedAt, Availability previousAvailability,
			Instant availabilityChangedAt) {

		static ProductRow of(Product product) {
			return new ProductRow(product.id(), product.name(), product.colors(), product.price(),
					product.manufacturer(), product.availability(), product.availabilityCheckedAt(),
					product.previousAvailability(), product.availabilityChangedAt());
		}

	}

}
