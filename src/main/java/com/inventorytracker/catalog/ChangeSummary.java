package com.inventorytracker.catalog;

/**
 * {@code backInStock}: from OUTOFSTOCK to INSTOCK or LESSTHAN10; {@code droppedBelowTen}:
 * from INSTOCK to LESSTHAN10.
 */
public record ChangeSummary(int changed, int nowOutOfStock, int backInStock, int droppedBelowTen) {
}
