package com.inventorytracker.refresh;

import java.util.List;

import com.inventorytracker.catalog.Product;

/**
 * What one run will commit.
 *
 * @param products         every row of the next snapshot
 * @param sources          the health of every category and manufacturer after this run
 * @param replacesProducts false when nothing new arrived, so only the source health is written
 */
record NewSnapshot(List<Product> products, List<SourceStatus> sources, boolean replacesProducts) {
}
