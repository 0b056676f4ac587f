package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Product;

/**
 * What one run will commit.
 *
 * @param products every row of the next snapshot
 * @param sources the health of every category and manufacturer after this run
 * @param replacesProducts false when nothing new arrived, so only the source health is
 * written
 */
record NewSnapshot(List<Product> products, List<SourceStatus> sources, boolean replacesProducts) {

	/**
	 * How many products this snapshot, once written as of {@code refreshedAt}, changes.
	 */
	int changedProducts(Instant refreshedAt) {
		if (!replacesProducts) {
			return 0;
		}
		return (int) products.stream().filter(product -> refreshedAt.equals(product.availabilityChangedAt())).count();
	}

}
