package com.inventorytracker.web.api;

import com.inventorytracker.catalog.ProductQuery;

/**
 * The raw filter parameters of a product request, bound from the query string. They stay strings here so that
 * {@link ProductQuery#parse} alone decides what is valid and words the 400 answer, the same for JSON and CSV.
 */
record FilterParameters(String q, String availability, String manufacturer, String color, String sort,
        String page, String size) {

    ProductQuery toQuery() {
        return ProductQuery.parse(q, availability, manufacturer, color, sort, page, size);
    }

}
