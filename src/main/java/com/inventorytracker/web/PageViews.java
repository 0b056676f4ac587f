package com.inventorytracker.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.inventorytracker.catalog.ChangeSummary;

/** What the templates print, built by {@link PageModels}; links are for @{...}. */
final class PageViews {

	private PageViews() {
	}

	/** Its status is null on error pages. */
	record Chrome(List<Tab> tabs, StatusView status, String noscriptRefresh) {
	}

	/** Its count is null on error pages, which do not read the snapshot. */
	record Tab(String slug, String link, Integer count, boolean current) {
	}

	/** Its times are null while there is no snapshot or no next run. */
	record StatusView(long snapshotVersion, TimeView refreshedAt, TimeView nextRefreshAt, boolean refreshing,
			long refreshIntervalSeconds, long pollMillis, List<StaleWarning> warnings) {
	}

	/** Since is null while the source never succeeded. */
	record StaleWarning(String messageKey, String name, TimeView since) {
	}

	/** Absolute, so that cached pages never go stale; the script shows local time. */
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

	/** Its lastHour is what changed within the hour before the snapshot. */
	record Card(String slug, String link, int total, int lessThan10, int outOfStock, int unknown,
			ChangeSummary lastHour, String changedLink) {
	}

	/** Its rowsMarker is printed where the rows go (see {@link PageRenderer}). */
	record CategoryView(String slug, String path, Summary summary, FilterForm form, SortHeaders sort, boolean empty,
			String rowsMarker, Pager pager, String csvLink, ChangeSummary lastUpdate) {
	}

	/** First is the 1-based position of the first row shown; 0 when none. */
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

	/** Its link is the column's ascending sort, or the reverse of the current one. */
	record SortHeader(String link, String ariaSort) {
	}

	/** Previous is null on the first page, as next on the last. */
	record Pager(int page, int pages, String previous, String next) {
	}

	/**
	 * @param kind names the messages {@code error.<kind>.title} and {@code .message}
	 * @param detail safe to show (never an exception's internals); null for none
	 */
	record ErrorView(int status, String kind, String detail, String backLink) {
	}

}
