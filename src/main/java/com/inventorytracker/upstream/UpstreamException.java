package com.inventorytracker.upstream;

/**
 * A request to the legacy API that did not give usable data. Its message names the source
 * and the reason, fit for one log line and for the status page.
 */
public class UpstreamException extends RuntimeException {

	private final String source;

	private final String reason;

	private final boolean retryable;

	public UpstreamException(String source, String reason, boolean retryable) {
		this(source, reason, retryable, null);
	}

	public UpstreamException(String source, String reason, boolean retryable, Throwable cause) {
		super(source + ": " + reason, cause);
		this.source = source;
		this.reason = reason;
		this.retryable = retryable;
	}

	/**
	 * Which request failed, e.g. {@code products/gloves} or {@code availability/ippal}.
	 */
	public String source() {
		return source;
	}

	/**
	 * Why, in a few words, e.g. {@code HTTP 503} or
	 * {@code built-in failure (X-Error-Modes-Active: availability-empty)}.
	 */
	public String reason() {
		return reason;
	}

	/**
	 * Whether another try may succeed: true for faults of the moment, false for a missing
	 * resource.
	 */
	public boolean retryable() {
		return retryable;
	}

}
