package com.inventorytracker.e2e;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript switched off the pages still refresh themselves and the filter form
 * still works.
 */
@TrackerE2ETest
class NoScriptE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withoutJavaScript();

	private static final Pattern NOSCRIPT_REFRESH = Pattern
		.compile("<noscript><meta http-equiv=\"refresh\" content=\"(\\d+)\"></noscript>");

	/**
	 * The pages add this to the time of the next refresh, so that it has landed when they
	 * reload.
	 */
	private static final long MARGIN_SECONDS = 10;

	@Value("${inventory.refresh.interval}")
	private Duration interval;

	@Autowired
	private RunningTracker tracker;

	@Autowired
	private ProductRepository products;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
	}

	@Test
	void pageCarriesItsNoscriptRefreshAndShowsTheServersText() {
		browser.open("/gloves");

		Matcher refresh = NOSCRIPT_REFRESH.matcher(browser.driver().getPageSource());
		assertThat(refresh.find()).as("a noscript meta refresh in the page").isTrue();
		assertThat(Long.parseLong(refresh.group(1))).isPositive()
			.isLessThanOrEqualTo(this.interval.toSeconds() + MARGIN_SECONDS);
		assertThat(browser.findAll("noscript meta[http-equiv=refresh]")).as("parsed as markup: scripting is off")
			.hasSize(1);
		assertThat(browser.find("[data-countdown]").getText()).as("the server's text, untouched by a script")
			.startsWith("Next refresh at ")
			.endsWith("UTC.");
	}

	@Test
	void filterFormWorksBySubmittingIt() {
		browser.open("/beanies");
		browser.find("#q").sendKeys("ö");
		browser.find("details.more-filters summary").click(); // without a script the
																// other filters start
																// closed
		new Select(browser.find("#availability")).selectByValue("LESSTHAN10");
		new Select(browser.find("#sort")).selectByValue("-price");
		browser.find("form[data-filter-form] button[type=submit]").click();
		browser.waitUntil(Duration.ofSeconds(20), "the filtered page",
				driver -> driver.getCurrentUrl().contains("availability=LESSTHAN10"));

		assertThat(browser.driver().getCurrentUrl()).as("every field sent, the empty ones too")
			.endsWith("/beanies?q=%C3%B6&availability=LESSTHAN10&manufacturer=&color=&changed=&sort=-price&size=");
		List<String> expected = this.products
			.find(Category.BEANIES, ProductQuery.parse("ö", "LESSTHAN10", null, null, null, "-price", null, null))
			.products()
			.stream()
			.map(Product::id)
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(browser.findAll("tr[data-product-id]")).extracting(row -> row.getDomAttribute("data-product-id"))
			.containsExactlyElementsOf(expected);
		assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("ö");
	}

}
