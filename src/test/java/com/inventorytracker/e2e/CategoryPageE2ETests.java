package com.inventorytracker.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worker sees on a category page and what the filter form, the sort links and the
 * pager do.
 */
@TrackerE2ETest
class CategoryPageE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	private static final Pattern COUNTDOWN = Pattern.compile("Next refresh in (\\d+):(\\d\\d)");

	private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

	@Autowired
	private RunningTracker tracker;

	@Autowired
	private ProductRepository products;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
	}

	@Test
	void glovesPageShowsEveryProductWithItsAvailabilityInWordsAndColour() {
		List<Product> gloves = this.products.find(Category.GLOVES, ProductQuery.ALL).products();

		browser.open("/gloves");
		List<ShownRow> rows = ShownRow.read(browser);

		assertThat(gloves).hasSizeGreaterThan(1000);
		assertThat(rows).as("every product of the snapshot, in name order, with its availability in words")
			.containsExactlyElementsOf(gloves.stream().map(product -> ShownRow.of(product, false)).toList());
		assertThat(browser.script("""
				var table = document.querySelector('table.products');
				return [document.querySelectorAll('table').length, table.tHead.rows.length,
				  table.querySelectorAll('tbody > tr[data-product-id]').length];
				""")).as("one table, one header row, every row in the table's bodies")
			.isEqualTo(List.of(1L, 1L, (long) gloves.size()));
		Map<String, String> badgeColours = firstComputed("tr[data-availability=\"%s\"] td:nth-child(5)", "color", "",
				List.of("INSTOCK", "LESSTHAN10", "OUTOFSTOCK", "UNKNOWN"));
		assertThat(badgeColours).as("availability colour per value shown")
			.containsKeys("INSTOCK", "LESSTHAN10", "OUTOFSTOCK")
			.doesNotContainValue(TRANSPARENT);
		assertThat(badgeColours.values()).as("one colour per availability").doesNotHaveDuplicates();
		List<String> colourWords = gloves.stream().flatMap(product -> product.colors().stream()).distinct().toList();
		Map<String, String> swatches = firstComputed("td[data-colors^=\"%s\"]", "backgroundImage", "::before",
				colourWords);
		assertThat(swatches).as("a swatch beside every colour word")
			.containsOnlyKeys(colourWords)
			.doesNotContainValue(TRANSPARENT);
		assertThat(swatches.values()).as("one swatch colour per colour word").doesNotHaveDuplicates();
	}

	/**
	 * The browser skips the layout of blocks of rows out of view, and leaves them out of
	 * its accessibility tree with it; once idle, the page has them all laid out, so that
	 * assistive technology reads one table.
	 */
	@Test
	void onceIdleTheAccessibilityTreeHoldsEveryRowInTheOneTableUnderOneHeaderRow() {
		List<Product> gloves = this.products.find(Category.GLOVES, ProductQuery.ALL).products();

		browser.open("/gloves");
		browser.waitUntil(Duration.ofSeconds(60), "every block of rows laid out", driver -> (Boolean) browser
			.script("return document.querySelectorAll('table.products > tbody:not(.laid-out)').length === 0;"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.driver()
			.executeCdpCommand("Accessibility.getFullAXTree", Map.of())
			.get("nodes");

		Map<Object, Map<String, Object>> byId = new HashMap<>();
		nodes.forEach(node -> byId.put(node.get("nodeId"), node));
		List<Map<String, Object>> tables = nodes.stream().filter(node -> "table".equals(role(node))).toList();
		List<Map<String, Object>> rows = nodes.stream().filter(node -> "row".equals(role(node))).toList();
		assertThat(tables).as("one table").hasSize(1);
		assertThat(rows).as("every row under the one table")
			.allSatisfy(row -> assertThat(tableAbove(row, byId)).isSameAs(tables.get(0)));
		assertThat(rows.stream().filter(row -> childRoles(row, byId).contains("columnheader")))
			.as("one header row of five column headers")
			.singleElement()
			.satisfies(header -> assertThat(childRoles(header, byId)).containsOnly("columnheader").hasSize(5));
		assertThat(rows.stream()
			.filter(row -> childRoles(row, byId).contains("cell"))
			.map(row -> name(byId.get(((List<?>) row.get("childIds")).get(0))))
			.toList()).as("a row of cells for every product, in order")
			.containsExactlyElementsOf(gloves.stream().map(Product::name).toList());
	}

	private static String role(Map<String, Object> node) {
		return Boolean.TRUE.equals(node.get("ignored")) || !(node.get("role") instanceof Map<?, ?> role) ? null
				: (String) role.get("value");
	}

	private static String name(Map<String, Object> node) {
		return node.get("name") instanceof Map<?, ?> name ? String.valueOf(name.get("value")) : null;
	}

	private static List<String> childRoles(Map<String, Object> node, Map<Object, Map<String, Object>> byId) {
		return ((List<?>) node.getOrDefault("childIds", List.of())).stream().map(id -> role(byId.get(id))).toList();
	}

	private static Map<String, Object> tableAbove(Map<String, Object> node, Map<Object, Map<String, Object>> byId) {
		Map<String, Object> above = byId.get(node.get("parentId"));
		while (above != null && !"table".equals(role(above))) {
			above = byId.get(above.get("parentId"));
		}
		return above;
	}

	@Test
	void statusShowsTheSnapshotAndCountsDownToTheNextRefresh() {
		browser.open("/gloves");

		assertThat(browser.find("[data-snapshot-version]").getDomAttribute("data-snapshot-version"))
			.isEqualTo(Long.toString(this.tracker.snapshotVersion()))
			.isNotEqualTo("0");
		assertThat(browser.find(".status-line").getText()).startsWith("Data from ");
		assertThat(browser.find(".status-line time").getDomAttribute("datetime")).isNotBlank();
		String first = browser.waitUntil(Duration.ofSeconds(5), "a countdown", driver -> countdownOrNull());
		String later = browser.waitUntil(Duration.ofSeconds(5), "the countdown to move on", driver -> {
			String now = countdownOrNull();
			return now != null && !now.equals(first) ? now : null;
		});
		assertThat(secondsLeft(later)).isLessThan(secondsLeft(first));
	}

	@Test
	void searchAndSelectsNarrowTheRowsWhenTheFormIsSubmitted() {
		List<Product> gloves = this.products.find(Category.GLOVES, ProductQuery.ALL).products();
		// a name that starts with Ä or Ö, typed in lower case, as a worker would
		Product sample = gloves.stream()
			.filter(product -> product.name().substring(0, 4).matches("\\p{L}*[ÄÖ]\\p{L}*"))
			.findFirst()
			.orElseThrow();
		String term = sample.name().substring(0, 4).toLowerCase(Locale.ROOT);
		String availability = sample.availability().name();
		ProductPage expected = this.products.find(Category.GLOVES,
				ProductQuery.parse(term, availability, sample.manufacturer(), null, null, null, null, null));

		browser.open("/gloves");
		browser.find("#q").sendKeys(term);
		new Select(browser.find("#availability")).selectByValue(availability);
		new Select(browser.find("#manufacturer")).selectByValue(sample.manufacturer());
		browser.find("form[data-filter-form] button[type=submit]").click();
		browser.waitUntil(Duration.ofSeconds(20), "the filtered page", driver -> driver.getCurrentUrl().contains("q="));

		assertThat(browser.driver().getCurrentUrl()).as("empty fields are left out of the address")
			.endsWith("/gloves?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8) + "&availability=" + availability
					+ "&manufacturer=" + sample.manufacturer() + "&sort=name");
		List<ShownRow> rows = ShownRow.read(browser);
		assertThat(rows).extracting(ShownRow::id)
			.contains(sample.id())
			.containsExactlyElementsOf(expected.products().stream().map(Product::id).toList());
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.name()).containsIgnoringCase(term);
			assertThat(row.availability()).isEqualTo(availability);
			assertThat(row.manufacturer()).isEqualTo(sample.manufacturer());
		});
		assertThat(rows.size()).isLessThan(gloves.size());
		assertThat(browser.find("#q").getDomProperty("value")).as("the search stays in the form").isEqualTo(term);
		assertThat(new Select(browser.find("#availability")).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo(availability);
		assertThat(browser.find(".summary").getText()).contains(expected.matching() + " match the filter.");
	}

	@Test
	void columnHeaderLinksSortByThatColumnAndFlipTheOrderKeepingTheFilter() {
		browser.open("/beanies?availability=OUTOFSTOCK");

		browser.find("th.col-price a").click();
		browser.waitUntil(Duration.ofSeconds(20), "the page sorted by price",
				driver -> driver.getCurrentUrl().endsWith("?availability=OUTOFSTOCK&sort=price"));
		assertThat(ShownRow.read(browser)).extracting(ShownRow::id).containsExactlyElementsOf(ids("price"));
		assertThat(browser.find("th.col-price").getDomAttribute("aria-sort")).isEqualTo("ascending");

		browser.find("th.col-price a").click();
		browser.waitUntil(Duration.ofSeconds(20), "the page sorted by price, highest first",
				driver -> driver.getCurrentUrl().endsWith("?availability=OUTOFSTOCK&sort=-price"));
		List<ShownRow> rows = ShownRow.read(browser);
		assertThat(rows).extracting(ShownRow::id).containsExactlyElementsOf(ids("-price"));
		assertThat(rows).extracting(row -> Integer.parseInt(row.price()))
			.isSortedAccordingTo((left, right) -> Integer.compare(right, left));
		assertThat(browser.find("th.col-price").getDomAttribute("aria-sort")).isEqualTo("descending");
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.availability()).isEqualTo("OUTOFSTOCK"));
	}

	@Test
	void chosenRowCountGivesPagesWithNextAndPreviousLinks() {
		int total = this.products.summarize(Category.GLOVES).total();

		browser.open("/gloves");
		new Select(browser.find("#size")).selectByValue("50");
		browser.find("form[data-filter-form] button[type=submit]").click();
		browser.waitUntil(Duration.ofSeconds(20), "the first page of 50",
				driver -> driver.getCurrentUrl().endsWith("/gloves?sort=name&size=50"));
		List<String> firstPage = ShownRow.read(browser).stream().map(ShownRow::id).toList();
		assertThat(firstPage).containsExactlyElementsOf(pageIds(1));
		assertThat(browser.find("nav.pager").getText()).contains("Page 1 of " + (total + 49) / 50);
		assertThat(browser.findAll("nav.pager a[rel=prev]")).isEmpty();

		browser.find("nav.pager a[rel=next]").click();
		browser.waitUntil(Duration.ofSeconds(20), "the second page",
				driver -> driver.getCurrentUrl().endsWith("/gloves?size=50&page=2"));
		assertThat(ShownRow.read(browser)).extracting(ShownRow::id).containsExactlyElementsOf(pageIds(2));
		assertThat(browser.find("nav.pager").getText()).contains("Page 2 of " + (total + 49) / 50);
		assertThat(browser.find(".summary").getText())
			.contains("Showing 51\u2013100 of " + String.format(Locale.ENGLISH, "%,d", total));

		browser.find("nav.pager a[rel=prev]").click();
		browser.waitUntil(Duration.ofSeconds(20), "the first page again",
				driver -> driver.getCurrentUrl().endsWith("/gloves?size=50"));
		assertThat(ShownRow.read(browser)).extracting(ShownRow::id).containsExactlyElementsOf(firstPage);
	}

	private String countdownOrNull() {
		String text = browser.find("[data-countdown]").getText();
		return COUNTDOWN.matcher(text).matches() ? text : null;
	}

	private static int secondsLeft(String countdown) {
		Matcher matcher = COUNTDOWN.matcher(countdown);
		assertThat(matcher.matches()).isTrue();
		return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
	}

	private List<String> ids(String sort) {
		return this.products
			.find(Category.BEANIES, ProductQuery.parse(null, "OUTOFSTOCK", null, null, null, sort, null, null))
			.products()
			.stream()
			.map(Product::id)
			.toList();
	}

	private List<String> pageIds(int page) {
		return this.products
			.find(Category.GLOVES, ProductQuery.parse(null, null, null, null, null, null, Integer.toString(page), "50"))
			.products()
			.stream()
			.map(Product::id)
			.toList();
	}

	/**
	 * The computed style of the first element per value; values without an element on the
	 * page are left out.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> firstComputed(String selectorFormat, String property, String pseudoElement,
			List<String> values) {
		return (Map<String, String>) browser.script("""
				var selector = arguments[1], property = arguments[2], pseudo = arguments[3] || null;
				var found = {};
				arguments[0].forEach(function (value) {
				  var element = document.querySelector(selector.replace('%s', value));
				  if (element) {
				    found[value] = getComputedStyle(element, pseudo)[property];
				  }
				});
				return found;
				""", values, selectorFormat, property, pseudoElement);
	}

}
