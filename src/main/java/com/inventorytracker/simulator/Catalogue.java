package com.inventorytracker.simulator;

import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Category;

/**
 * One generated warehouse: what the original served between two of its full replacements.
 *
 * @param generation how many replacements happened before this one
 * @param products the products of every category, in answer order
 * @param availability the availability rows of every manufacturer, keyed by its lower-case name
 */
record Catalogue(long generation, Map<Category, List<SimulatedProduct>> products,
        Map<String, AvailabilityList> availability) {

    int productCount() {
        return this.products.values().stream().mapToInt(List::size).sum();
    }

    int availabilityRowCount() {
        return this.availability.values().stream().mapToInt(AvailabilityList::size).sum();
    }

}
