package com.inventorytracker.simulator;

import java.util.SplittableRandom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/** At a rate a demonstration or a browser test changes while the application runs. */
@Component
@ConditionalOnExpression(SimulatorController.ENABLED)
public final class SimulatorFaults {

	private final SplittableRandom dice;

	private volatile double availabilityFailureRate;

	SimulatorFaults(SimulatorProperties properties) {
		this.dice = new SplittableRandom(~properties.seedOrRandom());
		this.availabilityFailureRate = properties.failureRate();
	}

	public void availabilityFailureRate(double rate) {
		Assert.isTrue(rate >= 0 && rate <= 1, () -> "The failure rate must be between 0 and 1, was " + rate);
		availabilityFailureRate = rate;
	}

	synchronized boolean roll() {
		return dice.nextDouble() < availabilityFailureRate;
	}

}
