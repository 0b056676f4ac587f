package com.inventorytracker.upstream;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the legacy API is reached and how hard it is tried (the README's configuration
 * table says what each does).
 *
 * @param baseUrl the API root, without {@code /v2}; empty for the embedded simulator
 * @param backoffDelay short: the built-in failure is random, not load, and a retry
 * usually succeeds at once
 */
@ConfigurationProperties("inventory.upstream")
public record UpstreamProperties(URI baseUrl, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("60s") Duration readTimeout, @DefaultValue("6") int maxAttempts,
		@DefaultValue("200ms") Duration backoffDelay, @DefaultValue("2") double backoffMultiplier,
		@DefaultValue("5s") Duration backoffMaxDelay, @DefaultValue("100ms") Duration backoffJitter) {

	public UpstreamProperties {
		baseUrl = (baseUrl == null || baseUrl.toString().isBlank()) ? null : baseUrl;
		requirePositive("connect-timeout", connectTimeout);
		requirePositive("read-timeout", readTimeout);
		requirePositive("backoff-max-delay", backoffMaxDelay);
		if (maxAttempts < 1) {
			throw new IllegalArgumentException(
					"inventory.upstream.max-attempts must be at least 1, was " + maxAttempts);
		}
		if (backoffMultiplier < 1) {
			throw new IllegalArgumentException(
					"inventory.upstream.backoff-multiplier must be at least 1, was " + backoffMultiplier);
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("inventory.upstream." + name + " must be positive, was " + value);
		}
	}

}
