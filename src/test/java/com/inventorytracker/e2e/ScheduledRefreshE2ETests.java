package com.inventorytracker.e2e;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh job on a short schedule, with nothing triggered by the test: a page open in
 * a browser reloads itself to each new snapshot, by its script or, without JavaScript, by
 * its noscript refresh. The application is closed after this class, so that its refreshes
 * stop.
 */
@TrackerE2ETest
@TestPropertySource(properties = "inventory.refresh.interval=" + ScheduledRefreshE2ETests.INTERVAL_SECONDS + "s")
@DirtiesContext
class ScheduledRefreshE2ETests {

	static final int INTERVAL_SECONDS = 5;

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	@RegisterExtension
	static final Browser withoutScript = Browser.withoutJavaScript();

	/**
	 * The pages add this to the time of the next refresh, so that it has landed when they
	 * reload.
	 */
	private static final int MARGIN_SECONDS = 10;

	/**
	 * A whole interval, a run, a status poll (or the noscript margin) and a reload, on a
	 * busy machine.
	 */
	private static final Duration NEXT_REFRESH = Duration.ofSeconds(60);

	private static final Pattern NOSCRIPT_REFRESH = Pattern
		.compile("<noscript><meta http-equiv=\"refresh\" content=\"(\\d+)\"></noscript>");

	@Autowired
	private RunningTracker tracker;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
	}

	@Test
	void pageReloadsItselfAfterTheNextRefreshKeepingItsAddressAndScrollPosition() {
		String address = "/gloves?availability=OUTOFSTOCK&sort=-price";
		browser.open(address);
		long shown = shownVersion(browser);
		assertThat(browser.find("[data-snapshot-version]").getDomAttribute("data-refresh-interval"))
			.isEqualTo(Integer.toString(INTERVAL_SECONDS));
		browser.script("window.scrollTo(0, 1500);");
		long scrolledTo = (Long) browser.script("return Math.round(window.scrollY);");
		browser.markDocument();

		browser.waitUntil(NEXT_REFRESH, "the page to show a newer snapshot than " + shown,
				driver -> shownVersion(browser) > shown);

		assertThat(browser.documentMarked()).as("a real reload, not an update in place").isFalse();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(address));
		assertThat(scrolledTo).isGreaterThan(0);
		browser.waitUntil(Duration.ofSeconds(5), "the scroll position to come back",
				driver -> (Long) browser.script("return Math.round(window.scrollY);") == scrolledTo);
		assertThat(ShownRow.read(browser)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.availability()).isEqualTo("OUTOFSTOCK"))
			.extracting(row -> Integer.parseInt(row.price()))
			.isSortedAccordingTo((left, right) -> Integer.compare(right, left));
	}

	@Test
	void pageWithoutJavaScriptRefreshesItselfByItsNoscriptRefresh() {
		String address = "/beanies?availability=LESSTHAN10";
		withoutScript.open(address);
		long shown = shownVersion(withoutScript);
		long seconds = noscriptRefreshSeconds();

		assertThat(seconds).isPositive().isLessThanOrEqualTo(INTERVAL_SECONDS + MARGIN_SECONDS);
		withoutScript.waitUntil(NEXT_REFRESH, "the page to show a newer snapshot than " + shown,
				driver -> shownVersion(withoutScript) > shown);
		assertThat(withoutScript.driver().getCurrentUrl()).isEqualTo(withoutScript.url(address));
		assertThat(noscriptRefreshSeconds()).isPositive().isLessThanOrEqualTo(INTERVAL_SECONDS + MARGIN_SECONDS);
	}

	private static long shownVersion(Browser on) {
		return Long.parseLong(on.find("[data-snapshot-version]").getDomAttribute("data-snapshot-version"));
	}

	private static long noscriptRefreshSeconds() {
		Matcher refresh = NOSCRIPT_REFRESH.matcher(withoutScript.driver().getPageSource());
		assertThat(refresh.find()).as("a noscript meta refresh in the page").isTrue();
		return Long.parseLong(refresh.group(1));
	}

}
