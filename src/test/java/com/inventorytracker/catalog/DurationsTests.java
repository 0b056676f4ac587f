package com.inventorytracker.catalog;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTests {

	@ParameterizedTest
	@CsvSource({ "PT0.5S, 500ms", "PT1.5S, 1500ms", "PT30S, 30s", "PT90S, 90s", "PT4M, 4m", "PT60M, 1h", "PT24H, 24h",
			"PT48H, 2d", "PT36H, 36h" })
	void writesTheLargestExactUnitButOneDayAsHours(Duration duration, String written) {
		assertThat(Durations.format(duration)).isEqualTo(written);
	}

}
