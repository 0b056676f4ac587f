package com.inventorytracker.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The product categories of the legacy API, in the order the tabs show them. */
public enum Category {

	GLOVES, FACEMASKS, BEANIES;

	/** The lower-case name used in URLs, the API and the database. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The category a URL names, or {@link UnknownCategoryException}. */
	public static Category require(String slug) {
		return fromSlug(slug).orElseThrow(() -> new UnknownCategoryException(slug));
	}

	public static Optional<Category> fromSlug(String slug) {
		return Arrays.stream(values()).filter(category -> category.slug().equals(slug)).findFirst();
	}

}
