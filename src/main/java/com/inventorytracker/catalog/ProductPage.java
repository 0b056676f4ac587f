package com.inventorytracker.catalog;

import java.util.List;

/** The rows of one query; {@code matching} counts every page's. */
public record ProductPage(List<Product> products, int matching) {

	public ProductPage {
		products = List.copyOf(products);
	}

}
