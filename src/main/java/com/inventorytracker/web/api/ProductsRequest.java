package com.inventorytracker.web.api;

import java.time.Instant;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.web.BodyKey;
import com.inventorytracker.web.FilterParameters;

/**
 * One validated request for a category's products, against the snapshot current when it
 * arrived. Shared by the JSON and CSV answers so that both check the same things in the
 * same order: category (404), then parameters (400), then whether any snapshot exists yet
 * (503).
 */
record ProductsRequest(Category category, ProductQuery query, long snapshotVersion, Instant refreshedAt) {

	static ProductsRequest of(String category, FilterParameters parameters, RefreshStatus status) {
		return of(Category.require(category), parameters.toQuery(), status);
	}

	static ProductsRequest of(Category category, ProductQuery query, RefreshStatus status) {
		if (!status.hasSnapshot()) {
			throw new SnapshotNotReadyException();
		}
		return new ProductsRequest(category, query, status.snapshotVersion(), status.refreshedAt());
	}

	/**
	 * The canonical form of the request as {@code representation} (json, csv): equal for
	 * equal bytes.
	 */
	BodyKey key(String representation) {
		StringBuilder query = new StringBuilder();
		this.query.toParameters().forEach((name, value) -> query.append(name).append('=').append(value).append('&'));
		return new BodyKey(representation + ":/api/products/" + category.slug(), query.toString(), snapshotVersion,
				refreshedAt, null);
	}

}
