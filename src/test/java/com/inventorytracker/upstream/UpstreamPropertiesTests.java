package com.inventorytracker.upstream;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamPropertiesTests {

	@Test
	void emptyBaseUrlMeansTheEmbeddedSimulatorAndEverythingElseHasDefaults() {
		UpstreamProperties properties = bind(Map.of("inventory.upstream.base-url", ""));

		assertThat(properties.baseUrl()).isNull();
		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.maxAttempts()).isEqualTo(6);
		assertThat(properties.backoffDelay()).isEqualTo(Duration.ofMillis(200));
		assertThat(properties.backoffMultiplier()).isEqualTo(2.0);
	}

	@Test
	void durationsAreReadInTheShortForm() {
		UpstreamProperties properties = bind(Map.of("inventory.upstream.base-url", "https://legacy.example.com/api",
				"inventory.upstream.read-timeout", "30s", "inventory.upstream.backoff-delay", "50ms"));

		assertThat(properties.baseUrl()).hasHost("legacy.example.com");
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.backoffDelay()).isEqualTo(Duration.ofMillis(50));
	}

	@Test
	void noAttemptOrAZeroTimeoutIsRefused() {
		assertThatThrownBy(() -> bind(Map.of("inventory.upstream.max-attempts", "0"))).rootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("inventory.upstream.max-attempts must be at least 1");
		assertThatThrownBy(() -> bind(Map.of("inventory.upstream.read-timeout", "0s"))).rootCause()
			.hasMessage("inventory.upstream.read-timeout must be at least 1ms");
	}

	private static UpstreamProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("inventory.upstream",
				UpstreamProperties.class);
	}

}
