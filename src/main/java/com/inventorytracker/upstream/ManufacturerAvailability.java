package com.inventorytracker.upstream;

import java.util.Map;

import com.inventorytracker.catalog.Availability;

/**
 * One manufacturer's list by lower-case id: the API sends ids in upper case, and rows for
 * ids of no product, which the join never asks for. An immutable map's open addressing
 * makes the join's 19,000 lookups faster than a hash map's.
 */
public record ManufacturerAvailability(Map<String, Availability> byProductId) {

	public ManufacturerAvailability {
		byProductId = Map.copyOf(byProductId);
	}

}
