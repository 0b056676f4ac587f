package com.inventorytracker.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One product of the snapshot, joined with its manufacturer's availability.
 *
 * @param availabilityCheckedAt when the availability was last confirmed by the API; null while never
 */
public record Product(
        String id,
        Category category,
        String name,
        List<String> colors,
        int price,
        String manufacturer,
        Availability availability,
        Instant availabilityCheckedAt) {

    public Product {
        colors = List.copyOf(colors);
    }

}
