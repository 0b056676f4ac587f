package com.inventorytracker.simulator;

import java.util.SplittableRandom;

/**
 * Which availability requests get the built-in failure, at a rate that can be changed
 * while the application runs (a demonstration or a browser test makes the simulated API
 * fail and heals it again). A fixed seed gives the same sequence of failures every run.
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

	/**
	 * @param rate from 0 (never fail) to 1 (fail every availability request)
	 */
	public void availabilityFailureRate(double rate) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException("The availability failure rate must be between 0 and 1, was " + rate);
		}
		availabilityFailureRate = rate;
	}

	synchronized boolean roll() {
		return dice.nextDouble() < availabilityFailureRate;
	}

}
