package com.inventorytracker.simulator;

import java.util.SplittableRandom;

import org.springframework.util.Assert;

/**
 * Which availability requests get the built-in failure, at a rate a demonstration or a
 * browser test can change while the application runs. A fixed seed gives the same
 * failures every run.
 */
public final class SimulatorFaults {

	private final SplittableRandom dice;

	private volatile double availabilityFailureRate;

	SimulatorFaults(double availabilityFailureRate, long seed) {
		this.dice = new SplittableRandom(~seed);
		availabilityFailureRate(availabilityFailureRate);
	}

	public double availabilityFailureRate() {
		return availabilityFailureRate;
	}

	public void availabilityFailureRate(double rate) {
		Assert.isTrue(rate >= 0 && rate <= 1,
				() -> "The availability failure rate must be between 0 and 1, was " + rate);
		availabilityFailureRate = rate;
	}

	synchronized boolean roll() {
		return dice.nextDouble() < availabilityFailureRate;
	}

}
