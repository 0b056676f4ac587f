package com.inventorytracker.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.inventorytracker.catalog.ChangeSummary;

/**
 * What the page templates print, built by {@link PageModels} so that the templates only
 * print. Every page has a {@link Chrome}. Links are context-relative, for {@code @{...}}.
 */
final class PageViews {

	private PageViews() {
	}

	/**
	 * @param status null on error pages
	 * @param noscriptRefresh the content of the {@code <noscript>} meta refresh
	 */
	record Chrome(List<Tab> tabs, StatusView status, String noscriptRefresh) {
	}

	/**
	 * @param count null on error pages, which do not read the snapshot
	 */
	record Tab(String slug, String link, Integer count, boolean current) {
	}

	/**
	 * @param refreshedAt null while there is no snapshot
	 * @param nextRefreshAt null while not yet scheduled
	 */
	record StatusView(long snapshotVersion, TimeView refreshedAt, TimeView nextRefreshAt, boolean refreshing,
			long refreshIntervalSeconds, long pollMillis, List<StaleWarning> warnings) {
	}

	/**
	 * @param messageKey says what kind of source and whether it ever succeeded
	 * @param since null while never
	 */
	record StaleWarning(String messageKey, String name, TimeView since) {
	}

	/**
	 * A moment as {@code iso} for {@code <time datetime>} (the script shows it in the
	 * reader's local time) and {@code text} as a readable UTC fallback. Absolute, so that
	 * cached pages do not go out of date.
	 */
	record TimeView(String iso, String text) {

		private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

		static TimeView of(Instant instant) {
			if (instant == null) {
				return null;
			}
			Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
			return new TimeView(DateTimeFormatter.ISO_INSTANT.format(seconds), TEXT.format(seconds));
		}

	}

	/**
	 * @param lastHour what changed within the hour before the snapshot's refresh
	 */
	record Card(String slug, String link, int total, int lessThan10, int outOfStock, int unknown,
			ChangeSummary lastHour, String changedLink) {
	}

	/**
	 * @param path the category without a filter
	 * @param rowsMarker printed where the rows go (see {@link PageRenderer})
	 * @param lastUpdate what the last refresh changed in the category
	 */
	record CategoryView(String slug, String path, Summary summary, FilterForm form, SortHeaders sort, boolean empty,
			String rowsMarker, Pager pager, String csvLink, ChangeSummary lastUpdate) {
	}

	/**
	 * @param matching products matching the filter, over all pages
	 * @param first 1-based position of the first row shown; 0 when none
	 */
	record Summary(int total, int lessThan10, int outOfStock, int unknown, int matching, int first, int last,
			boolean filtered, boolean paged) {
	}

	/** Each list holds the current value, even where no product or offer has it. */
	record FilterForm(String q, List<Option> availabilities, List<Option> manufacturers, List<Option> colors,
			List<Option> sorts, List<Option> sizes, List<Option> changes) {
	}

	record Option(String value, boolean selected) {
	}

	record SortHeaders(SortHeader name, SortHeader price, SortHeader manufacturer, SortHeader availability) {
	}

	/**
	 * @param link the column's ascending sort, or the reverse of the current one
	 * @param ariaSort on the current sort column only
	 */
	record SortHeader(String link, String ariaSort) {
	}

	/**
	 * @param previous null on the first page, as {@code next} on the last
	 */
	record Pager(int page, int pages, String previous, String next) {
	}

	/**
	 * @param kind names the messages {@code error.<kind>.title} and
	 * {@code error.<kind>.message}
	 * @param detail safe to show (never an exception's internals); null for none
	 */
	record ErrorView(int status, String kind, String detail, String backLink) {
	}

}
