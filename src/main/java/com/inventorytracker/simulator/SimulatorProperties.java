package com.inventorytracker.simulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded legacy-API simulator; whether it runs at all is decided by
 * {@link SimulatorConfiguration}.
 *
 * @param failureRate share of availability requests that get the built-in failure
 * @param latency added answer time of an availability request; products answer in about a
 * third of it
 * @param seed fixes the generated warehouse; {@code null} draws a new one on every start
 * @param driftPeriod how often availability values move (the original's cache period)
 * @param replacePeriod how often the whole catalogue is replaced by a new one
 */
@ConfigurationProperties("inventory.simulator")
record SimulatorProperties(@DefaultValue("0.25") double failureRate, @DefaultValue("300ms") Duration latency, Long seed,
		@DefaultValue("5m") Duration driftPeriod, @DefaultValue("6h") Duration replacePeriod) {

	SimulatorProperties {
		require(failureRate >= 0 && failureRate <= 1, "failure-rate must be between 0 and 1");
		require(!latency.isNegative(), "latency must not be negative");
		require(driftPeriod.toMillis() > 0, "drift-period must be at least 1ms");
		require(replacePeriod.toMillis() > 0, "replace-period must be at least 1ms");
	}

	private static void require(boolean valid, String message) {
		if (!valid) {
			throw new IllegalArgumentException("inventory.simulator." + message);
		}
	}

}
