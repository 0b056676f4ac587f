package com.inventorytracker.catalog;

/** A filter parameter that cannot be used; its message is safe to show to the user. */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
