package com.inventorytracker.catalog;

/** A category name in a URL that is not one of {@link Category}; answered with 404. */
public class UnknownCategoryException extends RuntimeException {

	public UnknownCategoryException(String requested) {
		super("There is no category named '" + requested + "'");
	}

}
