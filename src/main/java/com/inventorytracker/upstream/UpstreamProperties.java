package com.inventorytracker.upstream;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

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
		Assert.isTrue(connectTimeout.toMillis() > 0, "inventory.upstream.connect-timeout must be at least 1ms");
		Assert.isTrue(readTimeout.toMillis() > 0, "inventory.upstream.read-timeout must be at least 1ms");
		Assert.isTrue(backoffMaxDelay.toMillis() > 0, "inventory.upstream.backoff-max-delay must be at least 1ms");
		Assert.isTrue(maxAttempts >= 1, "inventory.upstream.max-attempts must be at least 1");
		Assert.isTrue(backoffMultiplier >= 1, "inventory.upstream.backoff-multiplier must be at least 1");
	}

}
