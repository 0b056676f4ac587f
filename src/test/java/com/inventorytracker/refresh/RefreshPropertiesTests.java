package com.inventorytracker.refresh;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshPropertiesTests {

	@Test
	void defaultsAreFiveMinutesWithAFourMinuteDeadline() {
		RefreshProperties properties = bind(Map.of());

		assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.deadline()).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void deadlineIsCutToFourFifthsOfAShortInterval() {
		RefreshProperties properties = bind(Map.of("inventory.refresh.interval", "30s"));

		assertThat(properties.deadline()).isEqualTo(Duration.ofSeconds(24));
	}

	@Test
	void shorterDeadlineIsKept() {
		RefreshProperties properties = bind(Map.of("inventory.refresh.deadline", "90s"));

		assertThat(properties.deadline()).isEqualTo(Duration.ofSeconds(90));
	}

	@Test
	void nonPositiveIntervalOrTooFastPollIsRefused() {
		assertThatThrownBy(() -> bind(Map.of("inventory.refresh.interval", "0s"))).rootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("inventory.refresh.interval must be at least 1ms");
		assertThatThrownBy(() -> bind(Map.of("inventory.refresh.page-poll", "50ms"))).rootCause()
			.hasMessage("inventory.refresh.page-poll must be at least 100ms");
	}

	private static RefreshProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("inventory.refresh",
				RefreshProperties.class);
	}

}
