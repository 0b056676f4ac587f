package com.inventorytracker.web;

import com.inventorytracker.catalog.ProductQuery;

/** Raw strings, so that {@link ProductQuery#parse} alone decides what is valid. */
public record FilterParameters(String q, String availability, String manufacturer, String color, String changed,
		String sort, String page, String size) {

	public ProductQuery toQuery() {
		return ProductQuery.parse(q, availability, manufacturer, color, changed, sort, page, size);
	}

}
