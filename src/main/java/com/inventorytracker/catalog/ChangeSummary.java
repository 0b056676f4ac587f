package com.inventorytracker.catalog;

/**
 * What moved in a category within some time: {@code backInStock} was out of stock and is
 * in stock or less than 10 again, {@code droppedBelowTen} was in stock and is less than
 * 10.
 */
public record ChangeSummary(int changed, int nowOutOfStock, int backInStock, int droppedBelowTen) {

	public static final ChangeSummary NONE = new ChangeSummary(0, 0, 0, 0);

}
