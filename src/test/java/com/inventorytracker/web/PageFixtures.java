package com.inventorytracker.web;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.refresh.TestSnapshots;

/** A small warehouse for page tests, written by {@link TestSnapshots}. */
final class PageFixtures {

	static final Instant REFRESHED_AT = TestSnapshots.REFRESHED_AT;

	static final String MARKUP_NAME = "<script>alert('x')</script> & \"MITT\"";

	static final Product KOLHEMAK = product("a1b2c3d4e5f6a7b8c9", "KOLHEMAK NORMAL", List.of("black"), 69, "ippal",
			Availability.INSTOCK);

	static final Product MARKUP = product("b2c3d4e5f6a7b8c9d0", MARKUP_NAME, List.of("red", "white"), 120, "okkau",
			Availability.OUTOFSTOCK);

	static final Product TAKKI = product("c3d4e5f6a7b8c9d0e1", "TAKKI ÄÖ", List.of("blue"), 15, "ippal",
			Availability.LESSTHAN10);

	static final Product ZUPPO = new Product("d4e5f6a7b8c9d0e1f2", Category.GLOVES, "ZUPPO", List.of("green"), 999,
			"laion", Availability.UNKNOWN, REFRESHED_AT);

	static final Product MASK = new Product("e5f6a7b8c9d0e1f2a3", Category.FACEMASKS, "MASKI", List.of("grey"), 10,
			"laion", Availability.INSTOCK, REFRESHED_AT);

	static final List<Product> GLOVES = List.of(KOLHEMAK, MARKUP, TAKKI, ZUPPO);

	/** The default snapshot: the gloves and one face mask. */
	static final List<Product> ALL = Stream.concat(GLOVES.stream(), Stream.of(MASK)).toList();

	private PageFixtures() {
	}

	/** Every product id of a page's table rows, in order. */
	static List<String> rowIds(String html) {
		return Pattern.compile("<tr data-product-id=\"([^\"]+)\"")
			.matcher(html)
			.results()
			.map(match -> match.group(1))
			.toList();
	}

	static SourceStatus failingManufacturer(String name, Instant lastSuccess) {
		return new SourceStatus(SourceKind.MANUFACTURER, name, 1, lastSuccess, REFRESHED_AT, "HTTP 503", true);
	}

	private static Product product(String id, String name, List<String> colors, int price, String manufacturer,
			Availability availability) {
		return new Product(id, Category.GLOVES, name, colors, price, manufacturer, availability, REFRESHED_AT);
	}

}
