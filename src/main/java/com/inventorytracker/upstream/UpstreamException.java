package com.inventorytracker.upstream;

/**
 * A request to the legacy API that gave no usable data: the source
 * ({@code availability/ippal}) and the reason in a few words ({@code HTTP 503}), fit for
 * one log line and the status page. {@code retryable} is false for a missing resource.
 */
public class UpstreamException extends RuntimeException {

	private final String source;

	private final String reason;

	private final boolean retryable;

	public UpstreamException(String source, String reason, boolean retryable) {
		super(source + ": " + reason);
		this.source = source;
		this.reason = reason;
		this.retryable = retryable;
	}

	public String source() {
		return source;
	}

	public String reason() {
		return reason;
	}

	public boolean retryable() {
		return retryable;
	}

}
