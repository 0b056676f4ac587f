package com.inventorytracker.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.inventorytracker.refresh.SourceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that keeps itself fresh never reloads under a worker who is typing a search, and
 * tells the worker when the API fails instead of dropping rows. The refreshes land when a
 * test says so; the page learns of them through its own poll of {@code /api/status},
 * every ten seconds. ({@link ScheduledRefreshE2ETests} lets the schedule run.)
 */
@TrackerE2ETest
class FreshnessE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	/**
	 * The script asks every ten seconds; allow for a poll just missed, a slow reload and
	 * a busy machine.
	 */
	private static final Duration NEXT_POLL = Duration.ofSeconds(40);

	private static final String POLLS = """
			return performance.getEntriesByType('resource').filter(function (entry) {
			  return entry.name.indexOf('/api/status') >= 0;
			}).length;
			""";

	@Autowired
	private RunningTracker tracker;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
	}

	@AfterEach
	void healTheApi() {
		this.tracker.availabilityFailureRate(0);
		if (!this.tracker.status().staleSources().isEmpty()) {
			this.tracker.refreshNow();
		}
	}

	/**
	 * What is typed survives a refresh: the page only says that new data is ready.
	 * Leaving the field with the text still unsubmitted keeps it too; submitting the
	 * search shows the result on the new snapshot.
	 */
	@Test
	void typedSearchSurvivesARefreshUntilItIsSubmitted() {
		browser.open("/gloves?size=100");
		long shown = shownVersion();
		browser.markDocument();
		WebElement search = browser.find("#q");
		search.click();
		search.sendKeys("kol");

		long next = this.tracker.refreshNow();
		browser.waitUntil(NEXT_POLL, "the new-data cue (or a reload)",
				driver -> browser.find("[data-pending]").isDisplayed() || !browser.documentMarked());

		assertThat(browser.documentMarked()).as("no reload while typing").isTrue();
		assertThat(search.getDomProperty("value")).isEqualTo("kol");
		assertThat(browser.driver().switchTo().activeElement()).isEqualTo(search);
		assertThat(shownVersion()).isEqualTo(shown);
		assertThat(browser.find("[data-pending]").getText())
			.isEqualTo("New data is ready: it shows when you submit or clear the filter.");

		search.sendKeys("h");
		browser.find("h1").click();
		awaitNextPollOrReload();
		assertThat(browser.documentMarked()).as("no reload after leaving a typed, unsubmitted search").isTrue();
		assertThat(search.getDomProperty("value")).isEqualTo("kolh");
		assertThat(browser.find("[data-pending]").isDisplayed()).isTrue();

		search.sendKeys(Keys.ENTER);
		browser.waitUntil(Duration.ofSeconds(20), "the search result",
				driver -> driver.getCurrentUrl().endsWith("/gloves?q=kolh&sort=name&size=100"));
		assertThat(browser.documentMarked()).isFalse();
		assertThat(shownVersion()).isEqualTo(next);
		assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("kolh");
		assertThat(browser.find("[data-pending]").isDisplayed()).isFalse();
		assertThat(ShownRow.read(browser)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.name()).containsIgnoringCase("kolh"));
	}

	@Test
	void clearedSearchReloadsToTheNewSnapshotOnceTheFieldIsLeft() {
		String address = "/beanies?size=100";
		browser.open(address);
		browser.markDocument();
		WebElement search = browser.find("#q");
		search.click();
		search.sendKeys("tö");
		long next = this.tracker.refreshNow();
		browser.waitUntil(NEXT_POLL, "the new-data cue (or a reload)",
				driver -> browser.find("[data-pending]").isDisplayed() || !browser.documentMarked());
		assertThat(browser.documentMarked()).as("no reload while typing").isTrue();

		search.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE);
		browser.find("h1").click();
		browser.waitUntil(Duration.ofSeconds(10), "the reload to snapshot " + next, driver -> shownVersion() == next);

		assertThat(browser.documentMarked()).isFalse();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(address));
		assertThat(browser.find("#q").getDomProperty("value")).isEmpty();
	}

	@Test
	void failingAvailabilityShowsTheStaleWarningWhileTheRowsStay() {
		browser.open("/gloves");
		List<ShownRow> before = ShownRow.read(browser);
		assertThat(before).isNotEmpty().noneMatch(ShownRow::stale);
		assertThat(browser.findAll(".warnings li")).isEmpty();

		this.tracker.availabilityFailureRate(1);
		long next = this.tracker.refreshNow();
		browser.waitUntil(NEXT_POLL, "the page to show snapshot " + next, driver -> shownVersion() == next);

		List<ShownRow> after = ShownRow.read(browser);
		assertThat(after).as("same rows, same availability as before the failure").hasSameSizeAs(before);
		assertThat(availabilityById(after)).isEqualTo(availabilityById(before));
		assertThat(after).as("every row marked as unconfirmed").allMatch(ShownRow::stale);
		List<String> manufacturers = this.tracker.status().manufacturers().stream().map(SourceStatus::name).toList();
		assertThat(manufacturers).isNotEmpty();
		List<String> warnings = browser.findAll(".warnings li").stream().map(WebElement::getText).toList();
		assertThat(warnings).hasSameSizeAs(manufacturers);
		for (String manufacturer : manufacturers) {
			assertThat(warnings).anySatisfy(warning -> assertThat(warning)
				.matches("Availability for " + manufacturer + " last confirmed .+ \u2014 the API is failing"));
		}
		assertThat(browser.find("tr[data-product-id] .stale-mark").getDomAttribute("title"))
			.startsWith("Availability last confirmed ");
	}

	private long shownVersion() {
		return Long.parseLong(browser.find("[data-snapshot-version]").getDomAttribute("data-snapshot-version"));
	}

	/**
	 * One more poll of /api/status has come back, or the page has reloaded: either way
	 * the script has acted.
	 */
	private void awaitNextPollOrReload() {
		long polls = (Long) browser.script(POLLS);
		browser.waitUntil(NEXT_POLL, "another status poll",
				driver -> !browser.documentMarked() || (Long) browser.script(POLLS) > polls);
	}

	private static Map<String, String> availabilityById(List<ShownRow> rows) {
		return rows.stream().collect(Collectors.toMap(ShownRow::id, ShownRow::availability));
	}

}
