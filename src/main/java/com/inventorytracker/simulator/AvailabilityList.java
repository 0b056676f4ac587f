package com.inventorytracker.simulator;

import java.util.List;

/**
 * The rows of one manufacturer's availability answer, in answer order: upper-case ids and the key that drives
 * each row's value through {@link StockDrift}. Parallel arrays, as the bodies are rebuilt from them at every step.
 */
final class AvailabilityList {

    private final String[] ids;

    private final long[] keys;

    AvailabilityList(String[] ids, long[] keys) {
        if (ids.length != keys.length) {
            throw new IllegalArgumentException("One key per id expected");
        }
        this.ids = ids;
        this.keys = keys;
    }

    int size() {
        return this.ids.length;
    }

    String id(int row) {
        return this.ids[row];
    }

    StockValue valueAt(int row, long step) {
        return StockDrift.valueAt(this.keys[row], step);
    }

    List<String> ids() {
        return List.of(this.ids);
    }

}
