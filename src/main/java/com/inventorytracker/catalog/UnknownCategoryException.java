package com.inventorytracker.catalog;

public class UnknownCategoryException extends RuntimeException {

	public UnknownCategoryException(String requested) {
		super("There is no category named '" + requested + "'");
	}

}
