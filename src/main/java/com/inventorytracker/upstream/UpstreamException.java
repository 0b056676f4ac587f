package com.inventorytracker.upstream;

/**
 * A request to the legacy API that did not give usable data. Its message names the source
 * ({@code products/gloves}, {@code availability/ippal}) and the reason in a few words
 * ({@code HTTP 503}), fit for one log line and for the status page.
 */
public class UpstreamException extends RuntimeException {

	private final String source;

	private final String reason;

	private final boolean retryable;

	public UpstreamException(String source, String reason, boolean retryable) {
		this(source, reason, retryable, null);
	}

	/**
	 * @param retryable whether another try may succeed: true for faults of the moment,
	 * false for a missing resource
	 */
	public UpstreamException(String source, String reason, boolean retryable, Throwable cause) {
		super(source + ": " + reason, cause);
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
