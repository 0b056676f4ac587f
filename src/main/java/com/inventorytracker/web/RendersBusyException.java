package com.inventorytracker.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class RendersBusyException extends ErrorResponseException {

	/** Renders take tens of milliseconds. */
	public static final String RETRY_AFTER_SECONDS = "2";

	RendersBusyException() {
		super(HttpStatus.SERVICE_UNAVAILABLE);
		setDetail("The server is busy preparing other pages. Try again in a few seconds.");
		getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
	}

}
