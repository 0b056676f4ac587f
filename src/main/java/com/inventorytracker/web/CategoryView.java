package com.inventorytracker.web;

import java.util.List;

import com.inventorytracker.catalog.ChangeSummary;

/**
 * Everything the category template shows, computed in Java so that the template only
 * prints. The rows are not here: the template prints {@code rowsMarker} where they go
 * (see {@link PageRenderer}).
 *
 * @param empty no row matches
 * @param lastUpdate what the last refresh changed in the category
 */
record CategoryView(String slug, String path, Summary summary, FilterForm form, SortHeaders sort, boolean empty,
		String rowsMarker, Pager pager, String clearLink, String csvLink, ChangeSummary lastUpdate) {

	/**
	 * @param total products in the category
	 * @param matching products matching the filter, over all pages
	 * @param first 1-based position of the first row shown; 0 when none
	 */
	record Summary(int total, int lessThan10, int outOfStock, int unknown, int matching, int first, int last,
			boolean filtered, boolean paged) {
	}

	/**
	 * @param changes the change windows offered ("" for any time), and the current one if
	 * it is another
	 */
	record FilterForm(String q, List<Option> availabilities, List<Option> manufacturers, List<Option> colors,
			List<Option> sorts, List<Option> sizes, List<Option> changes) {
	}

	record Option(String value, boolean selected) {
	}

	record SortHeaders(SortHeader name, SortHeader price, SortHeader manufacturer, SortHeader availability) {
	}

	/**
	 * @param ariaSort "ascending" or "descending" on the current sort column, else null
	 */
	record SortHeader(String link, String ariaSort) {
	}

	/**
	 * @param previous null on the first page
	 * @param next null on the last page
	 */
	record Pager(int page, int pages, String previous, String next) {
	}

}
