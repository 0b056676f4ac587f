package com.inventorytracker.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void emptyEnvironmentPlaceholdersLeaveTheDefaults() {
		this.runner.withPropertyValues("inventory.simulator.seed=").run(context -> {
			SimulatorProperties properties = context.getBean(SimulatorProperties.class);
			assertThat(properties.seed()).isNull();
			assertThat(properties.failureRate()).isEqualTo(0.25);
			assertThat(properties.latency()).isEqualTo(Duration.ofMillis(300));
			assertThat(properties.driftPeriod()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.replacePeriod()).isEqualTo(Duration.ofHours(6));
		});
	}

	@Test
	void durationsAndSeedBindFromTheirShortForms() {
		this.runner
			.withPropertyValues("inventory.simulator.latency=0", "inventory.simulator.seed=42",
					"inventory.simulator.drift-period=30s", "inventory.simulator.failure-rate=1")
			.run(context -> {
				SimulatorProperties properties = context.getBean(SimulatorProperties.class);
				assertThat(properties.latency()).isZero();
				assertThat(properties.seed()).isEqualTo(42L);
				assertThat(properties.driftPeriod()).isEqualTo(Duration.ofSeconds(30));
				assertThat(properties.failureRate()).isEqualTo(1.0);
			});
	}

	@Test
	void failureRateOutsideZeroToOneIsRefusedAtStart() {
		this.runner.withPropertyValues("inventory.simulator.failure-rate=1.5")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("failure-rate"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SimulatorProperties.class)
	static class PropertiesConfiguration {

	}

}
