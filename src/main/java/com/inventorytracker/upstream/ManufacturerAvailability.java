package com.inventorytracker.upstream;

import java.util.Locale;
import java.util.Map;

import com.inventorytracker.catalog.Availability;

/**
 * One manufacturer's availability list, keyed by lower-case product id. The API sends ids
 * in upper case and rows for ids that match no product; the join is by lower-cased id and
 * simply never asks for the others.
 */
public record ManufacturerAvailability(Map<String, Availability> byProductId) {

	/** The availability of one product, or null when the list has no row for it. */
	public Availability of(String productId) {
		return byProductId.get(productId.toLowerCase(Locale.ROOT));
	}

}
