package com.inventorytracker.simulator;

/**
 * Availability of one row at one drift step, derived from the row's key alone so that any step can be computed
 * without replaying the ones before it.
 * <p>
 * Each row redraws its value once every {@value #REDRAW_STEPS} steps, at an offset of its own, so about a fifth of
 * the rows redraw at every step; as most redraws land on the same value again, a few percent of the rows change
 * state per step, which is the movement a refresh of the original showed.
 */
final class StockDrift {

    static final int REDRAW_STEPS = 5;

    private StockDrift() {
    }

    static StockValue valueAt(long key, long step) {
        long offset = Math.floorMod(key, REDRAW_STEPS);
        long epoch = Math.floorDiv(step + offset, REDRAW_STEPS);
        return StockValue.at(Mix.unit(Mix.of(key, epoch)));
    }

}
