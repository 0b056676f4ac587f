package com.inventorytracker.upstream;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the legacy API is reached and how hard it is tried.
 *
 * @param baseUrl           the API root, without {@code /v2}; null or empty for the embedded simulator of this server
 * @param connectTimeout    per request, to open the connection
 * @param readTimeout       per request, for the whole answer
 * @param maxAttempts       tries per request, the first one included
 * @param backoffDelay      wait before the first retry
 * @param backoffMultiplier growth of the wait from one retry to the next
 * @param backoffMaxDelay   longest wait between two tries
 * @param backoffJitter     random extra wait, so that parallel retries do not arrive together
 */
@ConfigurationProperties("inventory.upstream")
public record UpstreamProperties(
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Integer maxAttempts,
        Duration backoffDelay,
        Double backoffMultiplier,
        Duration backoffMaxDelay,
        Duration backoffJitter) {

    public UpstreamProperties {
        baseUrl = (baseUrl == null || baseUrl.toString().isBlank()) ? null : baseUrl;
        connectTimeout = positive("connect-timeout", connectTimeout, Duration.ofSeconds(5));
        readTimeout = positive("read-timeout", readTimeout, Duration.ofSeconds(60));
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("inventory.upstream.max-attempts must be at least 1, was " + maxAttempts);
        }
        // Short first wait: the built-in failure is random, not load, and a retry usually succeeds at once
        backoffDelay = backoffDelay == null ? Duration.ofMillis(200) : backoffDelay;
        backoffMultiplier = backoffMultiplier == null ? 2.0 : backoffMultiplier;
        if (backoffMultiplier < 1) {
            throw new IllegalArgumentException(
                    "inventory.upstream.backoff-multiplier must be at least 1, was " + backoffMultiplier);
        }
        backoffMaxDelay = positive("backoff-max-delay", backoffMaxDelay, Duration.ofSeconds(5));
        backoffJitter = backoffJitter == null ? Duration.ofMillis(100) : backoffJitter;
    }

    /** Defaults for everything: the embedded simulator, 5 s / 60 s timeouts, 6 attempts. */
    public static UpstreamProperties defaults() {
        return new UpstreamProperties(null, null, null, null, null, null, null, null);
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("inventory.upstream." + name + " must be positive, was " + value);
        }
        return value;
    }

}
