package com.inventorytracker.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static com.inventorytracker.web.PageFixtures.rowIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worker sees of availability changes: in the rows, the summary, the filter and
 * the front page.
 */
class ChangedRowsPageTests extends PageTestSupport {

	private static final Instant REFRESHED_AT = TestSnapshots.REFRESHED_AT;

	@BeforeEach
	void writeSnapshot() {
		snapshots.write(REFRESHED_AT,
				List.of(glove("g1", "ALPHA", 10, "ippal", Availability.OUTOFSTOCK, "black")
					.withChange(Availability.INSTOCK, REFRESHED_AT),
						glove("g2", "BRAVO", 20, "ippal", Availability.INSTOCK, "black")
							.withChange(Availability.OUTOFSTOCK, REFRESHED_AT.minus(Duration.ofMinutes(12))),
						glove("g3", "CHARLIE", 30, "laion", Availability.LESSTHAN10, "red")
							.withChange(Availability.INSTOCK, REFRESHED_AT.minus(Duration.ofMinutes(200))),
						glove("g4", "DELTA", 40, "laion", Availability.INSTOCK, "red")
							.withChange(Availability.LESSTHAN10, REFRESHED_AT.minus(Duration.ofDays(2))),
						glove("g5", "ECHO", 50, "laion", Availability.INSTOCK, "red")));
	}

	@Test
	void changedRowSaysWhatItWasAndWhenWithTheExactTime() throws Exception {
		String html = page("/gloves");

		assertThat(row(html, "g1")).isEqualTo("<tr data-product-id=\"g1\" data-availability=\"OUTOFSTOCK\""
				+ " data-previous-availability=\"INSTOCK\" data-changed-at=\"2026-11-25T12:00:00Z\">"
				+ "<td>ALPHA</td><td data-colors=\"black\">black</td><td>10</td><td>ippal</td>"
				+ "<td>Out of stock<span class=\"was\">was In stock <time data-ago datetime=\"2026-11-25T12:00:00Z\""
				+ " title=\"2026-11-25 12:00 UTC\">in the last update</time></span></td>");
		assertThat(row(html, "g2")).contains("data-previous-availability=\"OUTOFSTOCK\"")
			.contains("data-changed-at=\"2026-11-25T11:48:00Z\"")
			.contains("<td>In stock<span class=\"was\">was Out of stock <time data-ago")
			.contains(">12 min ago</time>");
		assertThat(row(html, "g3")).contains("was In stock <time").contains(">3 h ago</time>");
	}

	/**
	 * Rows are kept from one snapshot to the next while their product is the same, but
	 * not their age.
	 */
	@Test
	void nextSnapshotWithTheSameProductsRestatesTheirAge() throws Exception {
		assertThat(row(page("/gloves"), "g2")).contains(">12 min ago</time>");
		List<Product> same = List.of(
				glove("g2", "BRAVO", 20, "ippal", Availability.INSTOCK, "black").withChange(Availability.OUTOFSTOCK,
						REFRESHED_AT.minus(Duration.ofMinutes(12))),
				glove("g4", "DELTA", 40, "laion", Availability.INSTOCK, "red").withChange(Availability.LESSTHAN10,
						REFRESHED_AT.minus(Duration.ofHours(23).plusMinutes(58))));
		snapshots.write(REFRESHED_AT, same);
		assertThat(row(page("/gloves"), "g4")).contains(">23 h ago</time>");

		snapshots.write(REFRESHED_AT.plus(Duration.ofMinutes(5)), same);
		String later = page("/gloves");

		assertThat(row(later, "g2")).contains(">17 min ago</time>");
		assertThat(row(later, "g4")).doesNotContain("class=\"was\"");
	}

	@Test
	void changeOlderThanADayKeepsItsHooksButNoWordsAndAnUnchangedRowHasNeither() throws Exception {
		String html = page("/gloves");

		assertThat(row(html, "g4")).contains("data-previous-availability=\"LESSTHAN10\"")
			.contains("data-changed-at=\"2026-11-23T12:00:00Z\"")
			.doesNotContain("class=\"was\"");
		assertThat(row(html, "g5")).doesNotContain("data-previous-availability")
			.doesNotContain("data-changed-at")
			.doesNotContain("class=\"was\"");
	}

	@Test
	void summarySaysWhatTheLastUpdateMoved() throws Exception {
		snapshots.write(REFRESHED_AT,
				List.of(glove("g1", "ALPHA", 10, "ippal", Availability.OUTOFSTOCK, "black")
					.withChange(Availability.INSTOCK, REFRESHED_AT),
						glove("g2", "BRAVO", 20, "ippal", Availability.INSTOCK, "black")
							.withChange(Availability.OUTOFSTOCK, REFRESHED_AT),
						glove("g3", "CHARLIE", 30, "ippal", Availability.LESSTHAN10, "black")
							.withChange(Availability.OUTOFSTOCK, REFRESHED_AT),
						glove("g4", "DELTA", 40, "laion", Availability.LESSTHAN10, "red")
							.withChange(Availability.INSTOCK, REFRESHED_AT),
						glove("g5", "ECHO", 50, "laion", Availability.INSTOCK, "red")
							.withChange(Availability.LESSTHAN10, REFRESHED_AT.minusSeconds(300))));

		assertThat(page("/gloves"))
			.contains("4 changed in the last update" + ": 1 now out of stock, 2 back in stock, 1 dropped below ten.");
		snapshots.write(REFRESHED_AT, List.of(glove("g5", "ECHO", 50, "laion", Availability.INSTOCK, "red")));
		assertThat(page("/gloves")).contains("No changes in the last update.").doesNotContain("now out of stock");
	}

	@Test
	void changedFilterShowsOnlyTheRowsThatChangedWithinItAndTheFormSaysWhich() throws Exception {
		String quarter = page("/gloves?changed=15m");
		String custom = page("/gloves?changed=90s");

		assertThat(rowIds(quarter)).containsExactly("g1", "g2");
		assertThat(quarter).contains("<option value=\"15m\" selected=\"selected\">In the last 15 minutes</option>")
			.contains("<option value=\"\">Any time</option>")
			.contains("<option value=\"1h\">In the last hour</option>")
			.contains("<option value=\"24h\">In the last 24 hours</option>")
			.contains("<label for=\"changed\">Changed</label>");
		assertThat(rowIds(custom)).containsExactly("g1");
		assertThat(custom).contains("<option value=\"90s\" selected=\"selected\">In the last 90s</option>");
		assertThat(rowIds(page("/gloves?changed=1d"))).containsExactly("g1", "g2", "g3");
	}

	@Test
	void badChangedValueAnswersTheErrorPageNamingIt() throws Exception {
		MockHttpServletResponse response = response("/gloves?changed=soon");

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("<h1>This filter cannot be used</h1>")
			.contains("changed must be a positive duration in seconds, minutes, hours or days,"
					+ " such as 90s, 15m, 1h, 24h or 7d");
	}

	@Test
	void frontPageSaysWhatChangedInEachCategoryInTheLastHour() throws Exception {
		String html = page("/");

		assertThat(html)
			.contains("<a href=\"/gloves?changed=1h\">2 changed in the last hour</a>"
					+ ": 1 now out of stock, 1 back in stock, 0 dropped below ten.")
			.contains("No changes in the last hour.");
	}

}
