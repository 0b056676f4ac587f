package com.inventorytracker.simulator;

import java.util.SplittableRandom;

/**
 * Decides which availability requests get the built-in failure, at a rate that can be
 * changed while the application runs: a demonstration or a browser test can make the
 * simulated API fail, and heal it again, without a restart. It starts at
 * {@code inventory.simulator.failure-rate}; a fixed seed gives the same sequence of
 * failures in every run.
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

	/** Whether the next availability request fails, at the rate of the moment. */
	synchronized boolean roll() {
		return dice.nextDouble() < availabilityFailureRate;
	}

}
