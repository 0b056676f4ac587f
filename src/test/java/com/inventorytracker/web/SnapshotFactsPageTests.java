package com.inventorytracker.web;

import java.util.List;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Product;
import org.junit.jupiter.api.Test;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static com.inventorytracker.web.PageFixtures.REFRESHED_AT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A category's summary, tab counts and filter options are read once per snapshot and
 * shown on every filter of it.
 */
class SnapshotFactsPageTests extends PageTestSupport {

	private static final List<Product> NEW_STOCK = List
		.of(glove("n1", "NOVA", 5, "vendo", Availability.OUTOFSTOCK, "pink"));

	@Test
	void aNewSnapshotShowsItsOwnSummaryCountsAndOptionsOnFiltersNotSeenBefore() throws Exception {
		snapshots.write(REFRESHED_AT, PageFixtures.ALL);
		assertThat(page("/gloves?availability=INSTOCK")).contains("4 products: 1 less than 10");

		snapshots.write(REFRESHED_AT, NEW_STOCK);
		String html = page("/gloves?sort=price");

		assertThat(html).contains("1 product: 0 less than 10, 1 out of stock, 0 unknown.")
			.contains("<span>Gloves</span>\n        <span class=\"count\">1</span>");
		assertThat(options(html, "manufacturer")).containsExactly("", "vendo");
		assertThat(options(html, "color")).containsExactly("", "pink");
	}

	/**
	 * Another instance commits a snapshot that this one does not show yet, then leaves.
	 */
	@Test
	void whatIsReadWhileTheSnapshotMovesIsNotKeptForTheSnapshotShown() throws Exception {
		long shown = snapshots.write(REFRESHED_AT, PageFixtures.ALL);
		snapshots.writeUnseen(NEW_STOCK);
		assertThat(page("/gloves?availability=INSTOCK")).contains("1 product: 0 less than 10");

		snapshots.writeUnseen(PageFixtures.ALL);
		snapshots.setVersion(shown);
		String html = page("/gloves?sort=price");

		assertThat(html).contains("4 products: 1 less than 10, 1 out of stock, 1 unknown.");
		assertThat(options(html, "manufacturer")).containsExactly("", "ippal", "laion", "okkau");
	}

}
