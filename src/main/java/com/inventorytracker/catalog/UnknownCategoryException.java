package com.inventorytracker.catalog;

/** A category name in a URL that is not one of {@link Category}; answered with 404. */
public class UnknownCategoryException extends RuntimeException {

	private final String requested;

	public UnknownCategoryException(String requested) {
		super("There is no category named '" + requested + "'. Categories: gloves, facemasks, beanies.");
		this.requested = requested;
	}

	public String requested() {
		return requested;
	}

}
