package com.inventorytracker.catalog;

import java.util.List;

/**
 * The rows of one query and where they sit among all matching rows.
 *
 * @param matching how many products match the filter, over all pages
 */
public record ProductPage(List<Product> products, int matching, ProductQuery query) {

	public ProductPage {
		products = List.copyOf(products);
	}

	public int totalPages() {
		return query.paged() ? Math.max(1, (matching + query.size() - 1) / query.size()) : 1;
	}

	public boolean hasPrevious() {
		return query.paged() && query.page() > 1;
	}

	public boolean hasNext() {
		return query.paged() && query.page() < totalPages();
	}

}
