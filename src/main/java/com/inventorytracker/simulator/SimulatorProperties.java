package com.inventorytracker.simulator;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * @param latency of an availability answer; products answer in about a third of it
 * @param seed also fixes the failures; {@code null} draws a new one on every start
 * @param driftPeriod the original's cache period, after which availability moves
 */
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
