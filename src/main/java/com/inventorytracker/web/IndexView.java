package com.inventorytracker.web;

import java.util.List;

import com.inventorytracker.catalog.ChangeSummary;

/** The front page: one card per category. */
record IndexView(List<Card> cards) {

	IndexView {
		cards = List.copyOf(cards);
	}

	/**
	 * @param lastHour what changed in the category within the hour before the snapshot's
	 * refresh
	 * @param changedLink the category filtered to those changes
	 */
	record Card(String slug, String link, int total, int lessThan10, int outOfStock, int unknown,
			ChangeSummary lastHour, String changedLink) {
	}

}
