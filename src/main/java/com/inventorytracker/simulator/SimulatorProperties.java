package com.inventorytracker.simulator;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/** The README's configuration table says what each does. */
@ConfigurationProperties("inventory.simulator")
record SimulatorProperties(@DefaultValue("0.25") double failureRate, @DefaultValue("300ms") Duration latency, Long seed,
		@DefaultValue("5m") Duration driftPeriod, @DefaultValue("6h") Duration replacePeriod) {

	SimulatorProperties {
		Assert.isTrue(failureRate >= 0 && failureRate <= 1, "inventory.simulator.failure-rate must be between 0 and 1");
		Assert.isTrue(!latency.isNegative(), "inventory.simulator.latency must not be negative");
		Assert.isTrue(driftPeriod.toMillis() > 0, "inventory.simulator.drift-period must be at least 1ms");
		Assert.isTrue(replacePeriod.toMillis() > 0, "inventory.simulator.replace-period must be at least 1ms");
	}

	long seedOrRandom() {
		return (seed != null) ? seed : ThreadLocalRandom.current().nextLong();
	}

}
