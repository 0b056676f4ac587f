package com.inventorytracker.simulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockDriftTests {

    private static final int ROWS = 100_000;

    private final long[] keys = new SplittableRandom(42).longs(ROWS).toArray();

    @Test
    void valuesKeepTheOriginalsSharesAtEveryStep() {
        for (long step = 0; step < 3; step++) {
            Map<StockValue, Integer> counts = new EnumMap<>(StockValue.class);
            for (long key : this.keys) {
                counts.merge(StockDrift.valueAt(key, step), 1, Integer::sum);
            }
            assertThat(counts.get(StockValue.INSTOCK) / (double) ROWS).isBetween(0.89, 0.91);
            assertThat(counts.get(StockValue.LESSTHAN10) / (double) ROWS).isBetween(0.045, 0.055);
            assertThat(counts.get(StockValue.OUTOFSTOCK) / (double) ROWS).isBetween(0.045, 0.055);
        }
    }

    @Test
    void aFewPercentOfRowsChangeStatePerStep() {
        for (long step = 0; step < 10; step++) {
            int changed = 0;
            for (long key : this.keys) {
                changed += (StockDrift.valueAt(key, step) != StockDrift.valueAt(key, step + 1)) ? 1 : 0;
            }
            assertThat(changed / (double) ROWS).isBetween(0.03, 0.045);
        }
    }

    @Test
    void aStepAlwaysGivesTheSameValue() {
        for (long key : this.keys) {
            assertThat(StockDrift.valueAt(key, 17)).isSameAs(StockDrift.valueAt(key, 17));
        }
    }

}
