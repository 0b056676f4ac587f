package com.inventorytracker.web;

import java.util.List;

/**
 * What the layout around every page needs.
 *
 * @param status null on error pages
 * @param noscriptRefresh the content of the {@code <noscript>} meta refresh; null for
 * none
 */
record Chrome(List<Tab> tabs, StatusView status, String noscriptRefresh) {

	Chrome {
		tabs = List.copyOf(tabs);
	}

	/**
	 * @param count null where the page does not read the snapshot (error pages)
	 */
	record Tab(String slug, String link, Integer count, boolean current) {
	}

}
