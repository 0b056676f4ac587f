package com.inventorytracker.simulator;

/**
 * Stateless hashing of numbers into well-spread random bits (the SplitMix64 finaliser), so that a value can be
 * derived straight from its coordinates (seed, generation, row, step) instead of replaying a random sequence.
 */
final class Mix {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    static long of(long first, long second) {
        return finalise(first * GOLDEN_GAMMA + finalise(second + GOLDEN_GAMMA));
    }

    /** A double in [0, 1) from the 53 high bits of a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

}
