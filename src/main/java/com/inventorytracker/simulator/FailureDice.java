package com.inventorytracker.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides which availability requests get the built-in failure. The n-th roll is a hash of the seed and n, so a
 * fixed seed gives the same sequence of failures in every run, and concurrent requests need no lock. The rate is
 * read on every roll, so that a change to {@link SimulatorFaults} applies to the next request.
 */
final class FailureDice {

    private static final long SALT = 0x6661696C75726573L;

    private final long seed;

    private final SimulatorFaults faults;

    private final AtomicLong rolls = new AtomicLong();

    FailureDice(long seed, SimulatorFaults faults) {
        this.seed = seed ^ SALT;
        this.faults = faults;
    }

    boolean roll() {
        return Mix.unit(Mix.of(this.seed, this.rolls.getAndIncrement())) < this.faults.availabilityFailureRate();
    }

}
