package com.inventorytracker.web.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.refresh.RefreshStatus;

/**
 * The body of {@code GET /api/products/{category}}: each product without the category,
 * which the body names once.
 *
 * @param total how many products match the filter over all pages
 * @param page present only when the request asked for pages (a size)
 */
record ProductsResponse(String category, long snapshotVersion, Instant refreshedAt, int total,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer size,
		@JsonIgnoreProperties("category") List<Product> products) {

	static ProductsResponse of(Category category, ProductQuery query, RefreshStatus status, ProductPage result) {
		return new ProductsResponse(category.slug(), status.snapshotVersion(), status.refreshedAt(), result.matching(),
				query.paged() ? query.page() : null, query.size(), result.products());
	}

}
