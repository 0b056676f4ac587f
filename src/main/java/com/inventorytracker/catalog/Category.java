package com.inventorytracker.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The legacy API's categories, in the order the tabs show them. */
public enum Category {

	GLOVES, FACEMASKS, BEANIES;

	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Category require(String slug) {
		return fromSlug(slug).orElseThrow(() -> new UnknownCategoryException(slug));
	}

	public static Optional<Category> fromSlug(String slug) {
		return Arrays.stream(values()).filter(category -> category.slug().equals(slug)).findFirst();
	}

}
