package com.inventorytracker.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh that lands while a worker watches the recent changes: the page reloads by
 * itself and shows the product that moved, what it was and when, and the summary counts
 * it.
 */
@TrackerE2ETest
class ChangesE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	/**
	 * The script asks every second in these tests; allow for a slow reload on a busy
	 * machine.
	 */
	private static final Duration RELOAD = Duration.ofSeconds(40);

	@Autowired
	private RunningTracker tracker;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void landedRefreshShowsItsChangeInTheRowAndTheSummary() {
		this.tracker.awaitFirstSnapshot();
		this.tracker.refreshNow();
		String id = this.jdbc.sql("""
				SELECT id FROM product
				WHERE category = 'beanies' AND availability = 'INSTOCK' AND availability_changed_at IS NULL
				ORDER BY id LIMIT 1
				""").query(String.class).single();
		// The snapshot on disk says it ran out, as another instance sharing the database
		// might have written it
		this.jdbc.sql("UPDATE product SET availability = 'OUTOFSTOCK', availability_rank = 2 WHERE id = :id")
			.param("id", id)
			.update();
		this.jdbc.sql("UPDATE snapshot SET version = version + 1").update();
		browser.open("/beanies?changed=15m");
		browser.markDocument();

		long version = this.tracker.refreshNow();
		browser.waitUntil(RELOAD, "the reload to snapshot " + version,
				driver -> !browser.documentMarked() && shownVersion() == version);

		Instant refreshedAt = this.tracker.status().refreshedAt().truncatedTo(ChronoUnit.SECONDS);
		WebElement row = browser.find("tr[data-product-id='" + id + "']");
		assertThat(row.getDomAttribute("data-availability")).isEqualTo("INSTOCK");
		assertThat(row.getDomAttribute("data-previous-availability")).isEqualTo("OUTOFSTOCK");
		assertThat(row.getDomAttribute("data-changed-at")).isEqualTo(refreshedAt.toString());
		WebElement was = row.findElement(By.cssSelector(".was"));
		assertThat(was.getText()).isEqualTo("was Out of stock just now");
		assertThat(was.findElement(By.tagName("time")).getDomAttribute("datetime")).isEqualTo(refreshedAt.toString());
		assertThat(browser.find("#changed").getDomProperty("value")).isEqualTo("15m");
		WebElement summary = browser.find("[data-last-update-changes]");
		assertThat(Integer.parseInt(summary.getDomAttribute("data-changed"))).isPositive();
		assertThat(summary.getText()).contains("changed in the last update").contains("back in stock");
	}

	private long shownVersion() {
		return Long.parseLong(browser.find("[data-snapshot-version]").getDomAttribute("data-snapshot-version"));
	}

}
