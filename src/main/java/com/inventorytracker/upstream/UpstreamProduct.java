package com.inventorytracker.upstream;

import java.util.List;

/**
 * One product as a category list of the legacy API gives it, normalised: id and
 * manufacturer lower case.
 */
public record UpstreamProduct(String id, String name, List<String> colors, int price, String manufacturer) {

	public UpstreamProduct {
		colors = List.copyOf(colors);
	}

}
