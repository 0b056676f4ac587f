package com.inventorytracker.simulator;

/**
 * The share of availability requests that get the built-in failure, changeable while the application runs: a
 * demonstration or a browser test can make the simulated API fail, and heal it again, without a restart. It starts
 * at {@code inventory.simulator.failure-rate}.
 */
public final class SimulatorFaults {

    private volatile double availabilityFailureRate;

    SimulatorFaults(double availabilityFailureRate) {
        availabilityFailureRate(availabilityFailureRate);
    }

    public double availabilityFailureRate() {
        return this.availabilityFailureRate;
    }

    /**
     * @param rate from 0 (never fail) to 1 (fail every availability request)
     */
    public void availabilityFailureRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("The availability failure rate must be between 0 and 1, was " + rate);
        }
        this.availabilityFailureRate = rate;
    }

}
