package com.inventorytracker.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static com.inventorytracker.web.PageFixtures.KOLHEMAK;
import static com.inventorytracker.web.PageFixtures.MARKUP;
import static com.inventorytracker.web.PageFixtures.REFRESHED_AT;
import static com.inventorytracker.web.PageFixtures.TAKKI;
import static com.inventorytracker.web.PageFixtures.ZUPPO;
import static com.inventorytracker.web.PageFixtures.rowIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class CategoryPageTests extends PageTestSupport {

	@BeforeEach
	void writeSnapshot() {
		snapshots.write(REFRESHED_AT, PageFixtures.ALL);
	}

	@Test
	void showsEveryProductOfTheCategoryAsARowWithItsHooks() throws Exception {
		String html = page("/gloves");

		assertThat(rowIds(html)).containsExactlyInAnyOrder(KOLHEMAK.id(), MARKUP.id(), TAKKI.id(), ZUPPO.id());
		assertThat(html).contains("<tr data-product-id=\"a1b2c3d4e5f6a7b8c9\" data-availability=\"INSTOCK\">")
			.contains("<tr data-product-id=\"b2c3d4e5f6a7b8c9d0\" data-availability=\"OUTOFSTOCK\">")
			.contains("<tr data-product-id=\"c3d4e5f6a7b8c9d0e1\" data-availability=\"LESSTHAN10\">")
			.contains("<tr data-product-id=\"d4e5f6a7b8c9d0e1f2\" data-availability=\"UNKNOWN\">")
			.contains("<td>TAKKI ÄÖ</td>")
			.contains("<td>999</td>")
			.contains("<td>laion</td>")
			.contains("<td data-colors=\"red white\">red, white</td>")
			.contains("<td>In stock</td>")
			.contains("<td>Less than 10</td>")
			.contains("<td>Out of stock</td>")
			.contains("<td>Unknown</td>")
			.doesNotContain(PageFixtures.MASK.id());
	}

	/**
	 * Blocks a phone lays out only when near; whitespace between rows is slow to parse.
	 */
	@Test
	void rowsComeInBlocksOfFiftyWithNothingBetweenThem() throws Exception {
		snapshots.write(REFRESHED_AT,
				IntStream.range(0, 120)
					.mapToObj(i -> TestSnapshots.glove("g%03d".formatted(i), "GLOVE %03d".formatted(i), 10, "ippal",
							Availability.INSTOCK, "black"))
					.toList());
		String html = page("/gloves");

		assertThat(Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL)
			.matcher(html)
			.results()
			.map(block -> rowIds(block.group(1)).size())).containsExactly(50, 50, 20);
		assertThat(html).contains("GLOVE 049</td>").doesNotContainPattern("</tr>\\s+<tr");
	}

	@Test
	void pageIsOneAccessibleDocumentInTheLayout() throws Exception {
		String html = page("/gloves");

		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"en\">")
			.contains("<title>Gloves — Inventory Tracker</title>")
			.contains("<a href=\"/gloves\" aria-current=\"page\" class=\"current\"><span>Gloves</span>")
			.contains("<span class=\"count\">4</span>")
			.containsPattern("<caption class=\"visually-hidden\">Gloves with colours")
			.contains("<th scope=\"col\" class=\"col-colors\">Colours</th>")
			.contains("<label for=\"q\">Name contains</label>")
			.containsPattern("<script src=\"/js/tracker-[0-9a-f]{32}\\.js\" defer></script>")
			.containsPattern("<link rel=\"stylesheet\" href=\"/css/tracker-[0-9a-f]{32}\\.css\">")
			.doesNotContainPattern("<script>|<script [^>]*>[^<]")
			.doesNotContain("style=")
			.doesNotContain(" on" + "click=");
	}

	@Test
	void escapesMarkupInProductNames() throws Exception {
		String html = page("/gloves");

		assertThat(html).contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;MITT&quot;</td>")
			.doesNotContain("<script>alert");
	}

	@Test
	void summaryCountsTheCategoryByAvailability() throws Exception {
		assertThat(page("/gloves")).contains("4 products: 1 less than 10, 1 out of stock, 1 unknown.")
			.contains("Showing all of them.");
	}

	@Test
	void filtersByNameCaseInsensitivelyAndKeepsTheSearchInTheForm() throws Exception {
		String html = page("/gloves?q=KOLHE");

		assertThat(rowIds(html)).containsExactly(KOLHEMAK.id());
		assertThat(html).contains("value=\"kolhe\"").contains("1 match the filter.");
	}

	@Test
	void filtersByAvailability() throws Exception {
		String html = page("/gloves?availability=outofstock");

		assertThat(rowIds(html)).containsExactly(MARKUP.id());
		assertThat(html).contains("<option value=\"OUTOFSTOCK\" selected=\"selected\">Out of stock</option>");
	}

	@Test
	void filtersByManufacturer() throws Exception {
		String html = page("/gloves?manufacturer=ippal");

		assertThat(rowIds(html)).containsExactly(KOLHEMAK.id(), TAKKI.id());
		assertThat(html).contains("<option value=\"ippal\" selected=\"selected\">ippal</option>");
	}

	@Test
	void filtersByColour() throws Exception {
		String html = page("/gloves?color=white");

		assertThat(rowIds(html)).containsExactly(MARKUP.id());
		assertThat(html).contains("<option value=\"white\" selected=\"selected\">white</option>");
	}

	@Test
	void saysSoWhenNothingMatchesTheFilter() throws Exception {
		String html = page("/gloves?q=nothing-like-this");

		assertThat(rowIds(html)).isEmpty();
		assertThat(html).contains("No products match this filter.").doesNotContain("<table");
	}

	@Test
	void offersTheColoursAndManufacturersFoundInTheData() throws Exception {
		String html = page("/gloves");

		assertThat(options(html, "color")).containsExactly("", "black", "blue", "green", "red", "white");
		assertThat(options(html, "manufacturer")).containsExactly("", "ippal", "laion", "okkau");
	}

	@Test
	void sortsByEachColumnBothWays() throws Exception {
		assertThat(rowIds(page("/gloves"))).containsExactly(MARKUP.id(), KOLHEMAK.id(), TAKKI.id(), ZUPPO.id());
		assertThat(rowIds(page("/gloves?sort=-name"))).containsExactly(ZUPPO.id(), TAKKI.id(), KOLHEMAK.id(),
				MARKUP.id());
		assertThat(rowIds(page("/gloves?sort=price"))).containsExactly(TAKKI.id(), KOLHEMAK.id(), MARKUP.id(),
				ZUPPO.id());
		assertThat(rowIds(page("/gloves?sort=-price"))).containsExactly(ZUPPO.id(), MARKUP.id(), KOLHEMAK.id(),
				TAKKI.id());
		assertThat(rowIds(page("/gloves?sort=manufacturer"))).containsExactly(KOLHEMAK.id(), TAKKI.id(), ZUPPO.id(),
				MARKUP.id());
		assertThat(rowIds(page("/gloves?sort=-manufacturer"))).containsExactly(MARKUP.id(), ZUPPO.id(), TAKKI.id(),
				KOLHEMAK.id());
		assertThat(rowIds(page("/gloves?sort=availability"))).containsExactly(KOLHEMAK.id(), TAKKI.id(), MARKUP.id(),
				ZUPPO.id());
		assertThat(rowIds(page("/gloves?sort=-availability"))).containsExactly(ZUPPO.id(), MARKUP.id(), TAKKI.id(),
				KOLHEMAK.id());
	}

	@Test
	void columnHeadersAreSortLinksThatKeepTheFilterAndFlipTheCurrentSort() throws Exception {
		String html = page("/gloves?manufacturer=ippal&sort=price");

		assertThat(html)
			.contains("<th scope=\"col\" class=\"col-price\" aria-sort=\"ascending\">"
					+ "<a href=\"/gloves?manufacturer=ippal&amp;sort=-price\">Price</a></th>")
			.contains("<th scope=\"col\" class=\"col-name\"><a href=\"/gloves?manufacturer=ippal\">Name</a></th>")
			.contains("<a href=\"/gloves?manufacturer=ippal&amp;sort=availability\">Availability</a>")
			.contains("<option value=\"price\" selected=\"selected\">Price, lowest first</option>");
		assertThat(page("/gloves?sort=-price"))
			.contains("aria-sort=\"descending\"><a href=\"/gloves?sort=price\">Price</a>");
	}

	@Test
	void pagingLinksKeepTheFilter() throws Exception {
		String first = page("/gloves?manufacturer=ippal&size=1");
		String second = page("/gloves?manufacturer=ippal&size=1&page=2");

		assertThat(rowIds(first)).containsExactly(KOLHEMAK.id());
		assertThat(first).contains("<a rel=\"next\" href=\"/gloves?manufacturer=ippal&amp;size=1&amp;page=2\">Next</a>")
			.contains("Page 1 of 2")
			.contains("Showing 1–1 of 2.")
			.doesNotContain("rel=\"prev\"")
			.contains("<a class=\"csv\" href=\"/api/products/gloves.csv?manufacturer=ippal&amp;size=1\">");
		assertThat(rowIds(second)).containsExactly(TAKKI.id());
		assertThat(second).contains("<a rel=\"prev\" href=\"/gloves?manufacturer=ippal&amp;size=1\">Previous</a>")
			.contains("Page 2 of 2")
			.contains("Showing 2–2 of 2.")
			.doesNotContain("rel=\"next\"")
			.contains("<option value=\"1\" selected=\"selected\">1</option>");
	}

	@Test
	void linksEncodeTheSearchSoThatItSurvivesTheRoundTrip() throws Exception {
		String html = mvc.perform(get("/gloves").param("q", "a+b&c").param("sort", "price"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<a class=\"csv\" href=\"/api/products/gloves.csv?q=a%2Bb%26c&amp;sort=price\">")
			.contains("value=\"a+b&amp;c\"");
	}

	@Test
	void marksRowsOfAFailingManufacturerAndWarnsInTheStatusArea() throws Exception {
		snapshots.write(REFRESHED_AT, PageFixtures.GLOVES,
				PageFixtures.failingManufacturer("okkau", REFRESHED_AT.minus(Duration.ofHours(1))));

		String html = page("/gloves");

		assertThat(row(html, MARKUP.id())).contains("<span class=\"stale-mark\"").contains(">unconfirmed</span>");
		assertThat(row(html, KOLHEMAK.id())).doesNotContain("stale-mark");
		assertThat(html).containsPattern("<li><span>Availability for okkau last confirmed</span>\\s*"
				+ "<time data-local datetime=\"2026-11-25T11:00:00Z\">2026-11-25 11:00 UTC</time>\\s*"
				+ "<span>— the API is failing</span></li>");
	}

	@Test
	void marksAvailabilityKeptFromAnEarlierRun() throws Exception {
		Product kept = new Product("f6a7b8c9d0e1f2a3b4", Category.GLOVES, "VANHA", List.of("grey"), 40, "ippal",
				Availability.INSTOCK, REFRESHED_AT.minus(Duration.ofHours(2)));
		snapshots.write(REFRESHED_AT, List.of(KOLHEMAK, kept));

		String html = page("/gloves");

		assertThat(row(html, kept.id())).contains(
				"title=\"Availability last confirmed 2026-11-25 10:00 UTC; the manufacturer&#39;s data is failing\"");
		assertThat(row(html, KOLHEMAK.id())).doesNotContain("stale-mark");
	}

	@Test
	void frontPageListsTheCategoriesWithTheirCounts() throws Exception {
		String html = page("/");

		assertThat(html).contains("<title>Inventory Tracker</title>")
			.contains("<a href=\"/gloves\">Gloves</a>")
			.contains("<a href=\"/facemasks\">Face masks</a>")
			.contains("<p class=\"card-total\">4 products</p>")
			.contains("<p class=\"card-total\">1 product</p>")
			.contains("<p class=\"card-total\">No products</p>")
			.contains("1 out of stock")
			.containsPattern("data-snapshot-version=\"\\d+\"");
	}

	@Test
	void beforeTheFirstSnapshotPagesSayTheFirstLoadIsInProgress() throws Exception {
		snapshots.clear();

		for (String url : List.of("/", "/gloves", "/beanies?sort=price")) {
			String html = page(url);
			assertThat(html).contains("<h1>First load in progress</h1>")
				.contains("data-snapshot-version=\"0\"")
				.contains("No data yet.")
				.contains("<noscript><meta http-equiv=\"refresh\" content=\"15\"></noscript>")
				.doesNotContain("<table")
				.doesNotContain("0 products");
		}
	}

	@Test
	void unknownCategoryAnswersANotFoundPageInTheLayout() throws Exception {
		MockHttpServletResponse response = response("/shoes?size=0");

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("<title>No such category — Inventory Tracker</title>")
			.contains("<h1>No such category</h1>")
			.contains("<a class=\"button\" href=\"/\">Back to all categories</a>")
			.contains("<a href=\"/gloves\"><span>Gloves</span>")
			.doesNotContain("Exception")
			.doesNotContain("shoes");
	}

	@Test
	void badParameterAnswersABadRequestPageNamingItWithAWayBack() throws Exception {
		MockHttpServletResponse response = response("/gloves?size=0");

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("<h1>This filter cannot be used</h1>")
			.contains("<p class=\"error-detail\">size must be a whole number from 1 to 1000</p>")
			.contains("<a class=\"button\" href=\"/gloves\">Show the category without a filter</a>")
			.doesNotContain("Exception")
			.doesNotContain("at com.");
	}

	@Test
	void hostileParametersAnswerBadRequestAndNeverReachThePageUnescaped() throws Exception {
		String[][] hostile = { { "sort", "<script>" }, { "availability", "\"><b>" }, { "manufacturer", "';--" },
				{ "color", "../../etc" }, { "page", "-1" }, { "size", "99999999999" }, { "q", "x".repeat(101) },
				{ "changed", "<i>1h</i>" }, { "changed", "0m" }, { "changed", "yesterday" } };
		for (String[] parameter : hostile) {
			MockHttpServletResponse response = mvc.perform(get("/gloves").param(parameter[0], parameter[1]))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(parameter[0]).isEqualTo(400);
			assertThat(response.getContentAsString()).as(parameter[0])
				.contains("<h1>This filter cannot be used</h1>")
				.doesNotContain("<script>")
				.doesNotContain("<b>");
		}
		String escaped = mvc.perform(get("/gloves").param("q", "<b>")).andReturn().getResponse().getContentAsString();
		assertThat(escaped).contains("value=\"&lt;b&gt;\"").doesNotContain("<b>");
	}

}
