package com.inventorytracker.web;

import com.inventorytracker.catalog.ProductQuery;

/**
 * The raw filter parameters of a product request, bound from the query string by pages,
 * JSON and CSV alike. They stay strings here so that {@link ProductQuery#parse} alone
 * decides what is valid and words the 400 answer. A new filter is a component here, a
 * parameter of {@code parse}, its SQL, its form field and its messages.
 */
public record FilterParameters(String q, String availability, String manufacturer, String color, String changed,
		String sort, String page, String size) {

	public ProductQuery toQuery() {
		return ProductQuery.parse(q, availability, manufacturer, color, changed, sort, page, size);
	}

}
