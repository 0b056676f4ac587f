package com.inventorytracker.web;

import java.util.List;

import com.inventorytracker.catalog.ChangeSummary;

/**
 * What the page templates print, computed by {@link PageModels} so that the templates
 * only print. Every page has a {@link Chrome}; the refresh status in it is a
 * {@link StatusView}.
 */
final class PageViews {

	private PageViews() {
	}

	/**
	 * The layout around every page.
	 *
	 * @param status null on error pages
	 * @param noscriptRefresh the content of the {@code <noscript>} meta refresh; null for
	 * none
	 */
	record Chrome(List<Tab> tabs, StatusView status, String noscriptRefresh) {
	}

	/**
	 * @param count null where the page does not read the snapshot (error pages)
	 */
	record Tab(String slug, String link, Integer count, boolean current) {
	}

	/**
	 * A category on the front page.
	 *
	 * @param lastHour what changed within the hour before the snapshot's refresh
	 * @param changedLink the category filtered to those changes
	 */
	record Card(String slug, String link, int total, int lessThan10, int outOfStock, int unknown,
			ChangeSummary lastHour, String changedLink) {
	}

	/**
	 * A category page. The rows are not here: the template prints {@code rowsMarker}
	 * where they go (see {@link PageRenderer}).
	 *
	 * @param path the category without any filter
	 * @param empty no row matches
	 * @param lastUpdate what the last refresh changed in the category
	 */
	record CategoryView(String slug, String path, Summary summary, FilterForm form, SortHeaders sort, boolean empty,
			String rowsMarker, Pager pager, String csvLink, ChangeSummary lastUpdate) {
	}

	/**
	 * @param total products in the category
	 * @param matching products matching the filter, over all pages
	 * @param first 1-based position of the first row shown; 0 when none
	 */
	record Summary(int total, int lessThan10, int outOfStock, int unknown, int matching, int first, int last,
			boolean filtered, boolean paged) {
	}

	/**
	 * Each list holds the current value, even where no product or offer has it.
	 *
	 * @param changes the change windows offered ("" for any time)
	 */
	record FilterForm(String q, List<Option> availabilities, List<Option> manufacturers, List<Option> colors,
			List<Option> sorts, List<Option> sizes, List<Option> changes) {
	}

	record Option(String value, boolean selected) {
	}

	record SortHeaders(SortHeader name, SortHeader price, SortHeader manufacturer, SortHeader availability) {
	}

	/**
	 * A column header links to its ascending sort, or the reverse of the current one.
	 *
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

	/**
	 * An error page: what went wrong and the way back.
	 *
	 * @param kind names its messages: {@code error.<kind>.title} and
	 * {@code error.<kind>.message}
	 * @param detail an explanation safe to show (never an exception's internals); null
	 * for none
	 * @param backLink a context-relative link: home, or the category without its filter
	 */
	record ErrorView(int status, String kind, String detail, String backLink) {
	}

}
