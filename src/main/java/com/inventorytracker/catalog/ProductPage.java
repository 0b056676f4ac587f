package com.inventorytracker.catalog;

import java.util.List;

/** The rows of one query; {@code matching} counts every page's. */
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
