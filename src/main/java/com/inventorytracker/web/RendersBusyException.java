package com.inventorytracker.web;

/**
 * More renders are running and waiting than the server takes at once: answered 503 with
 * Retry-After.
 */
public class RendersBusyException extends RuntimeException {

	/**
	 * Seconds a client should wait before it asks again: renders take tens of
	 * milliseconds.
	 */
	public static final String RETRY_AFTER_SECONDS = "2";

	RendersBusyException() {
		super("The server is busy preparing other pages. Try again in a few seconds.");
	}

}
