package com.inventorytracker.catalog;

/**
 * What moved in a category within some time, as a worker asks it after a refresh.
 *
 * @param changed products whose availability changed
 * @param nowOutOfStock of those, products now out of stock
 * @param backInStock products that were out of stock and are in stock or less than 10
 * again
 * @param droppedBelowTen products that were in stock and are now less than 10
 */
public record ChangeSummary(int changed, int nowOutOfStock, int backInStock, int droppedBelowTen) {

	public static final ChangeSummary NONE = new ChangeSummary(0, 0, 0, 0);

}
