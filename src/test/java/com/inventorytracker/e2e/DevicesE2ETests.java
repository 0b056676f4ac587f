package com.inventorytracker.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Where workers are: a phone on the floor, a printed pick list, a dark screen. */
@TrackerE2ETest
class DevicesE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	@RegisterExtension
	static final Browser noScript = Browser.withoutJavaScript();

	/**
	 * Where on a phone's first screen the first product row must start, in CSS pixels.
	 */
	private static final int FIRST_ROW_WITHIN = 400;

	private static final int TOUCH_TARGET = 44;

	private static final String AVAILABILITY = "tr[data-product-id] td:nth-child(5)";

	/**
	 * Each visible cell of the first row: [text, left, right, top, bottom] in its column
	 * order.
	 */
	private static final String FIRST_ROW_CELLS = """
			return Array.from(document.querySelector('tr[data-product-id]').cells, function (cell) {
			  var box = cell.getBoundingClientRect();
			  return [cell.textContent.trim(), box.left, box.right, box.top, box.bottom];
			});
			""";

	/**
	 * Everything on screen a finger could tap that is less than 44 px high: [tag and
	 * text, height].
	 */
	private static final String SMALL_TARGETS = """
			var least = arguments[0];
			return Array.from(document.querySelectorAll('a, button, summary, input, select')).filter(function (e) {
			  var box = e.getBoundingClientRect();
			  return box.width > 0 && box.height > 0 && box.height < least;
			}).map(function (e) {
			  return e.tagName + ' ' + e.textContent.trim().slice(0, 30) + ' ' + e.getBoundingClientRect().height;
			});
			""";

	@Autowired
	private RunningTracker tracker;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
	}

	@AfterEach
	void backToTheBrowsersOwnScreen() {
		Screen.reset(browser);
		Screen.reset(noScript);
	}

	@Test
	@SuppressWarnings("unchecked")
	void phoneShowsTheFirstRowsOnTheFirstScreenWithEveryColumnAndLargeTouchTargets() {
		Screen.PHONE_LIGHT.applyTo(browser);
		browser.open("/gloves");

		List<List<Object>> cells = (List<List<Object>>) browser.script(FIRST_ROW_CELLS);
		assertThat(cells).as("name, colours, price, manufacturer, availability").hasSize(5);
		assertThat(number(cells.get(0).get(3))).as("top of the first product row")
			.isLessThanOrEqualTo(FIRST_ROW_WITHIN);
		assertThat(cells).as("every cell shown, within the screen's width").allSatisfy(cell -> {
			assertThat((String) cell.get(0)).isNotBlank();
			assertThat(number(cell.get(1))).isGreaterThanOrEqualTo(0);
			assertThat(number(cell.get(2))).isLessThanOrEqualTo(Screen.PHONE_LIGHT.width);
			assertThat(number(cell.get(4))).isGreaterThan(number(cell.get(3)));
		});
		assertThat(number(cells.get(3).get(3))).as("manufacturer on a line under the name")
			.isGreaterThanOrEqualTo(number(cells.get(0).get(4)) - 1);
		assertThat(browser.script("return document.documentElement.scrollWidth;")).as("no sideways scrolling")
			.isEqualTo((long) Screen.PHONE_LIGHT.width);
		assertThat(browser.find("details.more-filters summary").isDisplayed()).isTrue();
		assertThat(browser.find("#availability").isDisplayed()).as("behind the disclosure").isFalse();
		assertThat(browser.find("#q").isDisplayed()).isTrue();
		assertThat((List<String>) browser.script(SMALL_TARGETS, TOUCH_TARGET)).as("targets under 44 px").isEmpty();
	}

	@Test
	void onAPhoneTheOtherFiltersOpenFromTheDisclosureWithoutJavaScript() {
		Screen.PHONE_LIGHT.applyTo(noScript);
		noScript.open("/beanies");

		noScript.find("details.more-filters summary").click();
		new Select(noScript.find("#availability")).selectByValue("OUTOFSTOCK");
		noScript.find("form[data-filter-form] button[type=submit]").click();
		noScript.waitUntil(Duration.ofSeconds(20), "the filtered page",
				driver -> driver.getCurrentUrl().contains("availability=OUTOFSTOCK"));

		assertThat(ShownRow.read(noScript)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.availability()).isEqualTo("OUTOFSTOCK"));
		assertThat(inUse(noScript)).as("the filter in use, with the disclosure closed again")
			.containsExactly("Filter:", "availability Out of stock", "sorted by Name, A to Z");
	}

	@Test
	void printedPageIsABlackOnWhitePickListWithItsTimeAndFilter() {
		Screen.print(browser);
		browser.open("/gloves?availability=LESSTHAN10&sort=price");

		for (String gone : List.of(".site-header", "form.filters", "[data-countdown]", ".site-footer")) {
			assertThat(browser.find(gone).isDisplayed()).as(gone + " on paper").isFalse();
		}
		assertThat(browser.find(".status-line").getText()).startsWith("Data from ");
		assertThat(browser.script("var time = document.querySelector('.status-line time');"
				+ "return time.title + ' ' + getComputedStyle(time, '::after').content;"))
			.as("the local time of day on screen; on paper the full date and time follow it")
			.asString()
			.matches("(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC) \" \\(\\1\\)\"");
		assertThat(browser.find(".in-use").isDisplayed()).isTrue();
		assertThat(inUse(browser)).containsExactly("Filter:", "availability Less than 10",
				"sorted by Price, lowest first");
		assertThat(browser.findAll("th")).hasSize(5).allSatisfy(th -> assertThat(th.isDisplayed()).isTrue());
		assertThat(browser.find("thead").getCssValue("display")).as("repeated on every printed page")
			.isEqualTo("table-header-group");
		assertThat(Map.of("text", browser.find("body").getCssValue("color"), "page",
				browser.find("body").getCssValue("background-color"), "availability",
				browser.find(AVAILABILITY).getCssValue("color"), "header link",
				browser.find("th a").getCssValue("color")))
			.containsEntry("text", "rgba(0, 0, 0, 1)")
			.containsEntry("page", "rgba(255, 255, 255, 1)")
			.containsEntry("availability", "rgba(0, 0, 0, 1)")
			.containsEntry("header link", "rgba(0, 0, 0, 1)");
		assertThat(browser.find(AVAILABILITY).getText()).isEqualTo("Less than 10");
		assertThat(browser.find("th a").getCssValue("text-decoration-line")).isEqualTo("none");
	}

	@Test
	void darkSchemeFollowsTheDevicesSetting() {
		Screen.DESKTOP_DARK.applyTo(browser);
		browser.open("/gloves?size=50");
		String darkPage = browser.find("body").getCssValue("background-color");
		String darkText = browser.find("body").getCssValue("color");

		Screen.DESKTOP_LIGHT.applyTo(browser);
		browser.open("/gloves?size=50");

		assertThat(luminance(darkPage)).isLessThan(0.05);
		assertThat(luminance(darkText)).isGreaterThan(0.6);
		assertThat(luminance(browser.find("body").getCssValue("background-color"))).isGreaterThan(0.85);
		assertThat(luminance(browser.find("body").getCssValue("color"))).isLessThan(0.05);
	}

	private static List<String> inUse(Browser browser) {
		return browser.findAll(".in-use span").stream().map(span -> span.getDomProperty("textContent")).toList();
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

	/** WCAG's relative luminance of a computed {@code rgba(r, g, b, a)} colour. */
	private static double luminance(String rgba) {
		String[] parts = rgba.replaceAll("[^0-9.,]", "").split(",");
		double[] linear = new double[3];
		for (int i = 0; i < 3; i++) {
			double channel = Double.parseDouble(parts[i]) / 255;
			linear[i] = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
	}

}
